// Element specs (type, length, usage, code lists) of the 837 segments, from the 005010X222A1 and
// 005010X223A2 implementation guides. Functions take the codes that differ by loop (NM101, REF01...).
import type { ElementSpec, ElementType, SegmentSpec, Usage } from '../spec';

export function e(ref: string, usage: Usage, type: ElementType, min: number, max: number, name: string, codes?: readonly string[]): ElementSpec {
  return codes ? { ref, name, usage, type, min, max, codes } : { ref, name, usage, type, min, max };
}

export function seg(
  id: string, name: string, usage: 'R' | 'S', max: number, elements: readonly ElementSpec[], qualifier?: readonly string[],
): SegmentSpec {
  return qualifier ? { id, name, usage, max, elements, qualifier: { element: 1, values: qualifier } } : { id, name, usage, max, elements };
}

export const STATES_AND_COUNTRY = { country: e('N404', 'S', 'ID', 2, 3, 'Country Code') };

export interface Nm1Options {
  /** NM102: 1 person, 2 non-person; default both. */
  entityTypes?: readonly string[];
  /** NM108 qualifiers; empty array: NM108/NM109 not used. */
  idQualifiers: readonly string[];
  idUsage?: Usage;
}

export function nm1(name: string, entityCodes: readonly string[], o: Nm1Options): SegmentSpec {
  const idUsage: Usage = o.idQualifiers.length === 0 ? 'N' : (o.idUsage ?? 'S');
  const personOnly = o.entityTypes?.length === 1 && o.entityTypes[0] === '1';
  return seg('NM1', name, 'R', 1, [
    e('NM101', 'R', 'ID', 2, 3, 'Entity Identifier Code', entityCodes),
    e('NM102', 'R', 'ID', 1, 1, 'Entity Type Qualifier', o.entityTypes ?? ['1', '2']),
    e('NM103', entityCodes.includes('PW') || entityCodes.includes('45') || entityCodes.includes('87') ? 'N' : 'S', 'AN', 1, 60, 'Name Last or Organization Name'),
    e('NM104', 'S', 'AN', 1, 35, 'Name First'),
    e('NM105', 'S', 'AN', 1, 25, 'Name Middle'),
    e('NM106', 'N', 'AN', 1, 10, 'Name Prefix'),
    e('NM107', personOnly || !o.entityTypes ? 'S' : 'N', 'AN', 1, 10, 'Name Suffix'),
    e('NM108', idUsage, 'ID', 1, 2, 'Identification Code Qualifier', o.idQualifiers.length ? o.idQualifiers : undefined),
    e('NM109', idUsage, 'AN', 2, 80, 'Identification Code'),
  ], entityCodes);
}

export const N3_SPEC = seg('N3', 'Address', 'R', 1, [
  e('N301', 'R', 'AN', 1, 55, 'Address Information'),
  e('N302', 'S', 'AN', 1, 55, 'Address Information'),
]);
export const N4_SPEC = seg('N4', 'City, State, ZIP Code', 'R', 1, [
  e('N401', 'R', 'AN', 2, 30, 'City Name'),
  e('N402', 'S', 'ID', 2, 2, 'State or Province Code'),
  e('N403', 'S', 'ID', 3, 15, 'Postal Code'),
  e('N404', 'S', 'ID', 2, 3, 'Country Code'),
  e('N405', 'N', 'ID', 1, 2, 'Location Qualifier'),
  e('N406', 'N', 'AN', 1, 30, 'Location Identifier'),
  e('N407', 'S', 'ID', 1, 3, 'Country Subdivision Code'),
]);

export function situational(spec: SegmentSpec, usage: 'R' | 'S' = 'S'): SegmentSpec {
  return { ...spec, usage };
}

export function ref(name: string, usage: 'R' | 'S', max: number, qualifiers: readonly string[]): SegmentSpec {
  return seg('REF', name, usage, max, [
    e('REF01', 'R', 'ID', 2, 3, 'Reference Identification Qualifier', qualifiers),
    e('REF02', 'R', 'AN', 1, 50, 'Reference Identification'),
    e('REF03', 'N', 'AN', 1, 80, 'Description'),
    e('REF04', 'S', 'AN', 1, 50, 'Reference Identifier'),
  ], qualifiers);
}

export function per(name: string, usage: 'R' | 'S', max: number): SegmentSpec {
  const q = ['EM', 'FX', 'TE', 'EX'];
  return seg('PER', name, usage, max, [
    e('PER01', 'R', 'ID', 2, 2, 'Contact Function Code', ['IC']),
    e('PER02', 'S', 'AN', 1, 60, 'Name'),
    e('PER03', 'S', 'ID', 2, 2, 'Communication Number Qualifier', q),
    e('PER04', 'S', 'AN', 1, 256, 'Communication Number'),
    e('PER05', 'S', 'ID', 2, 2, 'Communication Number Qualifier', q),
    e('PER06', 'S', 'AN', 1, 256, 'Communication Number'),
    e('PER07', 'S', 'ID', 2, 2, 'Communication Number Qualifier', q),
    e('PER08', 'S', 'AN', 1, 256, 'Communication Number'),
  ]);
}

export function prv(name: string, usage: 'R' | 'S', providerCodes: readonly string[]): SegmentSpec {
  return seg('PRV', name, usage, 1, [
    e('PRV01', 'R', 'ID', 1, 3, 'Provider Code', providerCodes),
    e('PRV02', 'R', 'ID', 2, 3, 'Reference Identification Qualifier', ['PXC']),
    e('PRV03', 'R', 'AN', 1, 50, 'Provider Taxonomy Code'),
  ]);
}

export const DMG_SPEC = seg('DMG', 'Demographic Information', 'S', 1, [
  e('DMG01', 'R', 'ID', 2, 3, 'Date Time Period Format Qualifier', ['D8']),
  e('DMG02', 'R', 'AN', 1, 35, 'Date Time Period'),
  e('DMG03', 'R', 'ID', 1, 1, 'Gender Code', ['F', 'M', 'U']),
]);

export function dtp(name: string, usage: 'R' | 'S', max: number, qualifiers: readonly string[], formats: readonly string[]): SegmentSpec {
  return seg('DTP', name, usage, max, [
    e('DTP01', 'R', 'ID', 3, 3, 'Date/Time Qualifier', qualifiers),
    e('DTP02', 'R', 'ID', 2, 3, 'Date Time Period Format Qualifier', formats),
    e('DTP03', 'R', 'AN', 1, 35, 'Date Time Period'),
  ], qualifiers);
}

export function amt(name: string, usage: 'R' | 'S', max: number, qualifiers: readonly string[]): SegmentSpec {
  return seg('AMT', name, usage, max, [
    e('AMT01', 'R', 'ID', 1, 3, 'Amount Qualifier Code', qualifiers),
    e('AMT02', 'R', 'R', 1, 18, 'Monetary Amount'),
  ], qualifiers);
}

export function nte(name: string, max: number, codes: readonly string[]): SegmentSpec {
  return seg('NTE', name, 'S', max, [
    e('NTE01', 'R', 'ID', 3, 3, 'Note Reference Code', codes),
    e('NTE02', 'R', 'AN', 1, 80, 'Description'),
  ], codes);
}

export const PWK_SPEC = seg('PWK', 'Claim Supplemental Information', 'S', 10, [
  e('PWK01', 'R', 'ID', 2, 2, 'Attachment Report Type Code'),
  e('PWK02', 'R', 'ID', 1, 2, 'Attachment Transmission Code', ['AA', 'BM', 'EL', 'EM', 'FT', 'FX']),
  e('PWK05', 'S', 'ID', 1, 2, 'Identification Code Qualifier', ['AC']),
  e('PWK06', 'S', 'AN', 2, 80, 'Attachment Control Number'),
]);
export const CN1_SPEC = seg('CN1', 'Contract Information', 'S', 1, [
  e('CN101', 'R', 'ID', 2, 2, 'Contract Type Code', ['01', '02', '03', '04', '05', '06', '09']),
  e('CN102', 'S', 'R', 1, 18, 'Contract Amount'),
  e('CN103', 'S', 'R', 1, 6, 'Contract Percentage'),
  e('CN104', 'S', 'AN', 1, 50, 'Contract Code'),
  e('CN105', 'S', 'R', 1, 6, 'Terms Discount Percentage'),
  e('CN106', 'S', 'AN', 1, 30, 'Contract Version Identifier'),
]);
export const K3_SPEC = seg('K3', 'File Information', 'S', 10, [e('K301', 'R', 'AN', 1, 80, 'Fixed Format Information')]);
export const HCP_SPEC = seg('HCP', 'Repricing Information', 'S', 1, [
  e('HCP01', 'R', 'ID', 2, 2, 'Pricing Methodology', ['00', '01', '02', '03', '04', '05', '07', '08', '09', '10', '11', '12', '13', '14']),
  e('HCP02', 'R', 'R', 1, 18, 'Repriced Allowed Amount'),
  e('HCP03', 'S', 'R', 1, 18, 'Repriced Saving Amount'),
  e('HCP04', 'S', 'AN', 1, 50, 'Repricing Organization Identifier'),
  e('HCP05', 'S', 'R', 1, 9, 'Repricing Per Diem or Flat Rate Amount'),
  e('HCP06', 'S', 'AN', 1, 50, 'Repriced Approved DRG Code'),
  e('HCP07', 'S', 'R', 1, 18, 'Repriced Approved Amount'),
  e('HCP08', 'S', 'AN', 1, 48, 'Repriced Approved Revenue Code'),
  e('HCP09', 'S', 'ID', 2, 2, 'Product/Service ID Qualifier'),
  e('HCP10', 'S', 'AN', 1, 48, 'Repriced Approved Procedure Code'),
  e('HCP11', 'S', 'ID', 2, 2, 'Unit or Basis for Measurement Code'),
  e('HCP12', 'S', 'R', 1, 15, 'Repriced Approved Service Unit Count'),
  e('HCP13', 'S', 'ID', 2, 2, 'Reject Reason Code', ['T1', 'T2', 'T3', 'T4', 'T5', 'T6']),
  e('HCP14', 'S', 'ID', 1, 2, 'Policy Compliance Code', ['1', '2', '3', '4', '5']),
  e('HCP15', 'S', 'ID', 1, 2, 'Exception Code', ['1', '2', '3', '4', '5', '6']),
]);

/** CAS: group code, then six reason/amount/quantity triplets (CAS02..CAS19). */
export function cas(name: string, max: number): SegmentSpec {
  const triplets: ElementSpec[] = [];
  for (let i = 0; i < 6; i++) {
    const base = 2 + i * 3;
    const usage: Usage = i === 0 ? 'R' : 'S';
    triplets.push(
      e(`CAS${String(base).padStart(2, '0')}`, usage, 'ID', 1, 5, 'Claim Adjustment Reason Code'),
      e(`CAS${String(base + 1).padStart(2, '0')}`, usage, 'R', 1, 18, 'Monetary Amount'),
      e(`CAS${String(base + 2).padStart(2, '0')}`, 'S', 'R', 1, 15, 'Quantity'),
    );
  }
  return seg('CAS', name, 'S', max, [e('CAS01', 'R', 'ID', 1, 2, 'Claim Adjustment Group Code', ['CO', 'CR', 'OA', 'PI', 'PR']), ...triplets]);
}

const C003_COMPONENTS = (qualifiers: readonly string[]): ElementSpec[] => [
  e('C003-01', 'R', 'ID', 2, 2, 'Product/Service ID Qualifier', qualifiers),
  e('C003-02', 'R', 'AN', 1, 48, 'Procedure Code'),
  e('C003-03', 'S', 'AN', 2, 2, 'Procedure Modifier'),
  e('C003-04', 'S', 'AN', 2, 2, 'Procedure Modifier'),
  e('C003-05', 'S', 'AN', 2, 2, 'Procedure Modifier'),
  e('C003-06', 'S', 'AN', 2, 2, 'Procedure Modifier'),
  e('C003-07', 'S', 'AN', 1, 80, 'Description'),
];

export function procedureComposite(ref: string, usage: Usage, qualifiers: readonly string[]): ElementSpec {
  return { ...e(ref, usage, 'AN', 1, 48, 'Composite Medical Procedure Identifier'), components: C003_COMPONENTS(qualifiers) };
}

export const SVD_SPEC = (productQualifiers: readonly string[]): SegmentSpec => seg('SVD', 'Line Adjudication Information', 'R', 1, [
  e('SVD01', 'R', 'AN', 2, 80, 'Other Payer Primary Identifier'),
  e('SVD02', 'R', 'R', 1, 18, 'Service Line Paid Amount'),
  procedureComposite('SVD03', 'R', productQualifiers),
  e('SVD04', 'S', 'AN', 1, 48, 'Product/Service ID'),
  e('SVD05', 'R', 'R', 1, 15, 'Paid Service Unit Count'),
  e('SVD06', 'S', 'N0', 1, 6, 'Bundled or Unbundled Line Number'),
]);

export const LX_SPEC = seg('LX', 'Service Line Number', 'R', 1, [e('LX01', 'R', 'N0', 1, 6, 'Assigned Number')]);
export const LIN_SPEC = seg('LIN', 'Drug Identification', 'R', 1, [
  e('LIN01', 'N', 'AN', 1, 20, 'Assigned Identification'),
  e('LIN02', 'R', 'ID', 2, 2, 'Product/Service ID Qualifier', ['EN', 'EO', 'HI', 'N4', 'ON', 'UK', 'UP']),
  e('LIN03', 'R', 'AN', 1, 48, 'National Drug Code'),
]);
export const CTP_SPEC = seg('CTP', 'Drug Quantity', 'R', 1, [
  e('CTP04', 'R', 'R', 1, 15, 'National Drug Unit Count'),
  { ...e('CTP05', 'R', 'AN', 1, 2, 'Composite Unit of Measure'), components: [e('C001-01', 'R', 'ID', 2, 2, 'Unit or Basis for Measurement Code', ['F2', 'GR', 'ME', 'ML', 'UN'])] },
]);
export const OI_SPEC = seg('OI', 'Other Insurance Coverage Information', 'R', 1, [
  e('OI03', 'R', 'ID', 1, 1, 'Benefits Assignment Certification Indicator', ['N', 'W', 'Y']),
  e('OI04', 'S', 'ID', 1, 1, 'Patient Signature Source Code', ['P']),
  e('OI06', 'R', 'ID', 1, 1, 'Release of Information Code', ['I', 'Y']),
]);
export const MOA_SPEC = seg('MOA', 'Outpatient Adjudication Information', 'S', 1, [
  e('MOA01', 'S', 'R', 1, 10, 'Reimbursement Rate'),
  e('MOA02', 'S', 'R', 1, 18, 'HCPCS Payable Amount'),
  ...[3, 4, 5, 6, 7].map((n) => e(`MOA0${n}`, 'S', 'AN', 1, 50, 'Claim Payment Remark Code')),
  e('MOA08', 'S', 'R', 1, 18, 'End Stage Renal Disease Payment Amount'),
  e('MOA09', 'S', 'R', 1, 18, 'HCPCS Payable Amount'),
]);

/** MIA (837I 2320): covered days (MIA01, required), then amounts, counts and remark codes. */
export const MIA_SPEC = seg('MIA', 'Inpatient Adjudication Information', 'S', 1, Array.from({ length: 24 }, (_, i) => {
  const n = i + 1;
  const ref = `MIA${String(n).padStart(2, '0')}`;
  if (n === 1) return e(ref, 'R', 'R', 1, 15, 'Covered Days or Visits Count');
  if (n === 5 || (n >= 20 && n <= 23)) return e(ref, 'S', 'AN', 1, 50, 'Claim Payment Remark Code');
  if (n === 3 || n === 15) return e(ref, 'S', 'R', 1, 15, n === 3 ? 'Lifetime Psychiatric Days Count' : 'Cost Report Day Count');
  return e(ref, 'S', 'R', 1, 18, 'Monetary Amount');
}));
