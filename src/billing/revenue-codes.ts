// The UB-04 revenue code (FL 42) for a hospital charge line, from its CPT/HCPCS code, as a charge master would.
// Ranges follow the NUBC revenue code categories; a practice's own charge master overrides them.

const RANGES: readonly [from: string, to: string, revenueCode: string][] = [
  ['99281', '99285', '0450'], // emergency room
  ['99202', '99215', '0510'], // clinic
  ['70450', '70498', '0350'], // CT head/neck
  ['71250', '71275', '0350'], // CT chest
  ['74150', '74178', '0350'], // CT abdomen/pelvis
  ['70551', '70553', '0610'], // MRI brain
  ['72141', '72158', '0610'], // MRI spine
  ['76700', '76999', '0402'], // ultrasound
  ['70010', '79999', '0320'], // diagnostic radiology
  ['80047', '89398', '0300'], // laboratory
  ['90281', '90399', '0636'], // vaccines and immune globulins (drugs requiring detailed coding)
  ['90460', '90474', '0771'], // vaccine administration
  ['96360', '96379', '0260'], // IV therapy and injections
  ['93000', '93010', '0730'], // EKG/ECG
  ['97010', '97799', '0420'], // physical therapy
  ['10004', '69990', '0360'], // operating room services
];

export const DEFAULT_REVENUE_CODE = '0940';

export function revenueCodeFor(code: string, overrides: Readonly<Record<string, string>> = {}): { revenueCode: string; defaulted: boolean } {
  const own = overrides[code];
  if (own) return { revenueCode: own, defaulted: false };
  if (/^J\d{4}$/.test(code)) return { revenueCode: '0636', defaulted: false };
  if (/^\d{5}$/.test(code)) {
    for (const [from, to, revenueCode] of RANGES) if (code >= from && code <= to) return { revenueCode, defaulted: false };
  }
  return { revenueCode: DEFAULT_REVENUE_CODE, defaulted: true };
}
