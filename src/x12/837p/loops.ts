// 837P (005010X222A1) claim and service-line loops as data: segments, usage, repeats and the element
// specs OpenRCM reads or writes. The shared hierarchy above the claim comes from 837-common.
import {
  AMT, CLM, CN1, CR1, CR2, CR3, CRC, DTP, FRM, HCP, HI, K3, LQ, LX, MEA, NTE, PS1, PWK, QTY, REF, SV1, SV5,
  CN1_SPEC, HCP_SPEC, K3_SPEC, PWK_SPEC, LX_SPEC, amt, dtp, e, nm1, nte, per, prv, procedureComposite, ref, seg,
  child, loopDef, slot, nameLoop, loop2320, loop2410, loop2430, transactionDef, toTransactionSpec,
} from '../837-common/index';
import type { LoopDef } from '../837-common/index';
import type { TransactionSpec } from '../spec';

export const GUIDE_837P = '005010X222A1';
export const ACCEPTED_837P = ['005010X222A2', '005010X222'];

const CLM_SPEC = seg('CLM', 'Claim Information', 'R', 1, [
  e('CLM01', 'R', 'AN', 1, 38, 'Patient Control Number'),
  e('CLM02', 'R', 'R', 1, 18, 'Total Claim Charge Amount'),
  {
    ...e('CLM05', 'R', 'AN', 1, 2, 'Health Care Service Location Information'),
    components: [
      e('CLM05-1', 'R', 'AN', 1, 2, 'Place of Service Code'),
      e('CLM05-2', 'R', 'ID', 1, 2, 'Facility Code Qualifier', ['B']),
      e('CLM05-3', 'R', 'ID', 1, 1, 'Claim Frequency Type Code', ['1', '6', '7', '8']),
    ],
  },
  e('CLM06', 'R', 'ID', 1, 1, 'Provider or Supplier Signature Indicator', ['N', 'Y']),
  e('CLM07', 'R', 'ID', 1, 1, 'Assignment or Plan Participation Code', ['A', 'B', 'C']),
  e('CLM08', 'R', 'ID', 1, 1, 'Benefits Assignment Certification Indicator', ['N', 'W', 'Y']),
  e('CLM09', 'R', 'ID', 1, 1, 'Release of Information Code', ['I', 'Y']),
  e('CLM10', 'S', 'ID', 1, 1, 'Patient Signature Source Code', ['P']),
  {
    ...e('CLM11', 'S', 'AN', 2, 3, 'Related Causes Information'),
    components: [
      e('CLM11-1', 'R', 'ID', 2, 3, 'Related-Causes Code', ['AA', 'EM', 'OA']),
      e('CLM11-2', 'S', 'ID', 2, 3, 'Related-Causes Code', ['AA', 'EM', 'OA']),
      e('CLM11-3', 'N', 'ID', 2, 3, 'Related-Causes Code'),
      e('CLM11-4', 'S', 'ID', 2, 2, 'State or Province Code'),
      e('CLM11-5', 'S', 'ID', 2, 3, 'Country Code'),
    ],
  },
  e('CLM12', 'S', 'ID', 2, 3, 'Special Program Indicator', ['02', '03', '05', '09']),
  e('CLM20', 'S', 'ID', 1, 2, 'Delay Reason Code', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '15']),
]);

const D8 = ['D8'];
const CLAIM_DATES = [
  dtp('Date - Onset of Current Illness or Symptom', 'S', 1, ['431'], D8),
  dtp('Date - Initial Treatment Date', 'S', 1, ['454'], D8),
  dtp('Date - Last Seen Date', 'S', 1, ['304'], D8),
  dtp('Date - Acute Manifestation', 'S', 1, ['453'], D8),
  dtp('Date - Accident', 'S', 1, ['439'], D8),
  dtp('Date - Last Menstrual Period', 'S', 1, ['484'], D8),
  dtp('Date - Last X-ray Date', 'S', 1, ['455'], D8),
  dtp('Date - Hearing and Vision Prescription Date', 'S', 1, ['471'], D8),
  dtp('Date - Disability Dates', 'S', 1, ['314', '360', '361'], ['D8', 'RD8']),
  dtp('Date - Last Worked', 'S', 1, ['297'], D8),
  dtp('Date - Authorized Return to Work', 'S', 1, ['296'], D8),
  dtp('Date - Admission', 'S', 1, ['435'], D8),
  dtp('Date - Discharge', 'S', 1, ['096'], D8),
  dtp('Date - Assumed and Relinquished Care Dates', 'S', 2, ['090', '091'], D8),
  dtp('Date - Property and Casualty Date of First Contact', 'S', 1, ['444'], D8),
  dtp('Date - Repricer Received Date', 'S', 1, ['050'], D8),
];

const CLAIM_REFS = [
  ref('Service Authorization Exception Code', 'S', 1, ['4N']),
  ref('Mandatory Medicare (Section 4081) Crossover Indicator', 'S', 1, ['F5']),
  ref('Mammography Certification Number', 'S', 1, ['EW']),
  ref('Referral Number', 'S', 1, ['9F']),
  ref('Prior Authorization', 'S', 1, ['G1']),
  ref('Payer Claim Control Number', 'S', 1, ['F8']),
  ref('Clinical Laboratory Improvement Amendment (CLIA) Number', 'S', 1, ['X4']),
  ref('Repriced Claim Number', 'S', 1, ['9A']),
  ref('Adjusted Repriced Claim Number', 'S', 1, ['9C']),
  ref('Investigational Device Exemption Number', 'S', 1, ['LX']),
  ref('Claim Identifier For Transmission Intermediaries', 'S', 1, ['D9']),
  ref('Medical Record Number', 'S', 1, ['EA']),
  ref('Demonstration Project Identifier', 'S', 1, ['P4']),
  ref('Care Plan Oversight', 'S', 1, ['1J']),
];

const HI_CODE = (n: number, usage: 'R' | 'S', qualifiers: readonly string[]) => ({
  ...e(`HI${String(n).padStart(2, '0')}`, usage, 'AN', 1, 30, 'Health Care Code Information'),
  components: [e(`HI${String(n).padStart(2, '0')}-1`, 'R', 'ID', 1, 3, 'Code List Qualifier Code', qualifiers), e(`HI${String(n).padStart(2, '0')}-2`, 'R', 'AN', 1, 30, 'Industry Code')],
});

/**
 * HI segments are told apart by a component (HI01-1), which a SegmentSpec qualifier cannot select, so
 * each loop has one HI spec whose code lists are the union of its HI kinds and whose max is their sum.
 */
export function hiSpec(name: string, usage: 'R' | 'S', max: number, first: readonly string[], rest: readonly string[], count: number) {
  return seg('HI', name, usage, max, Array.from({ length: count }, (_, i) => HI_CODE(i + 1, i === 0 ? 'R' : 'S', i === 0 ? first : rest)));
}

const CRC_SPEC = (name: string, max: number, categories: readonly string[]) => seg('CRC', name, 'S', max, [
  e('CRC01', 'R', 'ID', 2, 2, 'Code Category', categories),
  e('CRC02', 'R', 'ID', 1, 1, 'Certification Condition Indicator', ['N', 'Y']),
  e('CRC03', 'R', 'ID', 2, 3, 'Condition Code'),
  e('CRC04', 'S', 'ID', 2, 3, 'Condition Code'),
  e('CRC05', 'S', 'ID', 2, 3, 'Condition Code'),
  e('CRC06', 'S', 'ID', 2, 3, 'Condition Code'),
  e('CRC07', 'S', 'ID', 2, 3, 'Condition Code'),
], categories);

const CR1_SPEC = seg('CR1', 'Ambulance Transport Information', 'S', 1, [
  e('CR101', 'S', 'ID', 2, 2, 'Unit or Basis for Measurement Code', ['LB']),
  e('CR102', 'S', 'R', 1, 10, 'Patient Weight'),
  e('CR104', 'R', 'ID', 1, 1, 'Ambulance Transport Reason Code', ['A', 'B', 'C', 'D', 'E']),
  e('CR105', 'R', 'ID', 2, 2, 'Unit or Basis for Measurement Code', ['DH']),
  e('CR106', 'R', 'R', 1, 15, 'Transport Distance'),
  e('CR109', 'S', 'AN', 1, 80, 'Round Trip Purpose Description'),
  e('CR110', 'S', 'AN', 1, 80, 'Stretcher Purpose Description'),
]);

function providerLoops(prefix: '2310' | '2420'): LoopDef[] {
  const refs = (name: string) => [ref(`${name} Secondary Identification`, 'S', prefix === '2310' ? 4 : 20, ['0B', '1G', 'G2', 'LU'])];
  const person = { entityTypes: ['1'], idQualifiers: ['XX'] };
  const rendering = nameLoop(`${prefix}${prefix === '2310' ? 'B' : 'A'}`, 'Rendering Provider Name', 'S', 1, nm1('Rendering Provider Name', ['82'], { idQualifiers: ['XX'] }), {
    prv: prv('Rendering Provider Specialty Information', 'S', ['PE']), refs: refs('Rendering Provider'),
  });
  const referring = nameLoop(`${prefix}${prefix === '2310' ? 'A' : 'F'}`, 'Referring Provider Name', 'S', 2, nm1('Referring Provider Name', ['DN', 'P3'], person), { refs: refs('Referring Provider') });
  const facility = nameLoop(`${prefix}C`, 'Service Facility Location Name', 'S', 1, nm1('Service Facility Location Name', ['77'], { entityTypes: ['2'], idQualifiers: ['XX'] }), {
    address: 'R', refs: refs('Service Facility Location'), ...(prefix === '2310' ? { per: per('Service Facility Contact Information', 'S', 1) } : {}),
  });
  const supervising = nameLoop(`${prefix}D`, 'Supervising Provider Name', 'S', 1, nm1('Supervising Provider Name', ['DQ'], person), { refs: refs('Supervising Provider') });
  const pickup = nameLoop(`${prefix}${prefix === '2310' ? 'E' : 'G'}`, 'Ambulance Pick-up Location', 'S', 1, nm1('Ambulance Pick-up Location', ['PW'], { entityTypes: ['2'], idQualifiers: [] }), { address: 'R' });
  const dropoff = nameLoop(`${prefix}${prefix === '2310' ? 'F' : 'H'}`, 'Ambulance Drop-off Location', 'S', 1, nm1('Ambulance Drop-off Location', ['45'], { entityTypes: ['2'], idQualifiers: [] }), { address: 'R' });
  if (prefix === '2310') return [referring, rendering, facility, supervising, pickup, dropoff];
  const purchased = nameLoop('2420B', 'Purchased Service Provider Name', 'S', 1, nm1('Purchased Service Provider Name', ['QB'], { idQualifiers: ['XX'] }), { refs: refs('Purchased Service Provider') });
  const ordering = nameLoop('2420E', 'Ordering Provider Name', 'S', 1, nm1('Ordering Provider Name', ['DK'], person), {
    address: 'S', refs: refs('Ordering Provider'), per: per('Ordering Provider Contact Information', 'S', 1),
  });
  return [rendering, purchased, facility, supervising, ordering, referring, pickup, dropoff];
}

const SV1_SPEC = seg('SV1', 'Professional Service', 'R', 1, [
  procedureComposite('SV101', 'R', ['ER', 'HC', 'IV', 'WK']),
  e('SV102', 'R', 'R', 1, 18, 'Line Item Charge Amount'),
  e('SV103', 'R', 'ID', 2, 2, 'Unit or Basis for Measurement Code', ['MJ', 'UN']),
  e('SV104', 'R', 'R', 1, 15, 'Service Unit Count'),
  e('SV105', 'S', 'AN', 1, 2, 'Place of Service Code'),
  {
    ...e('SV107', 'R', 'AN', 1, 2, 'Composite Diagnosis Code Pointer'),
    components: [1, 2, 3, 4].map((i) => e(`SV107-${i}`, i === 1 ? 'R' : 'S', 'N0', 1, 2, 'Diagnosis Code Pointer')),
  },
  e('SV109', 'S', 'ID', 1, 1, 'Emergency Indicator', ['Y']),
  e('SV111', 'S', 'ID', 1, 1, 'EPSDT Indicator', ['Y']),
  e('SV112', 'S', 'ID', 1, 1, 'Family Planning Indicator', ['Y']),
  e('SV115', 'S', 'ID', 1, 1, 'Copay Status Code', ['0']),
]);

const LINE_DATES = [
  dtp('Date - Service Date', 'R', 1, ['472'], ['D8', 'RD8']),
  dtp('Date - Prescription Date', 'S', 1, ['471'], D8),
  dtp('Date - Certification Revision/Recertification Date', 'S', 1, ['607'], D8),
  dtp('Date - Begin Therapy Date', 'S', 1, ['463'], D8),
  dtp('Date - Last Certification Date', 'S', 1, ['461'], D8),
  dtp('Date - Last Seen Date', 'S', 1, ['304'], D8),
  dtp('Date - Test Date', 'S', 2, ['738', '739'], D8),
  dtp('Date - Shipped Date', 'S', 1, ['011'], D8),
  dtp('Date - Last X-ray Date', 'S', 1, ['455'], D8),
  dtp('Date - Initial Treatment Date', 'S', 1, ['454'], D8),
];

const LINE_REFS = [
  ref('Repriced Line Item Reference Number', 'S', 1, ['9B']),
  ref('Adjusted Repriced Line Item Reference Number', 'S', 1, ['9D']),
  ref('Prior Authorization', 'S', 5, ['G1']),
  ref('Line Item Control Number', 'S', 1, ['6R']),
  ref('Mammography Certification Number', 'S', 1, ['EW']),
  ref('Clinical Laboratory Improvement Amendment (CLIA) Number', 'S', 1, ['X4']),
  ref('Referring Clinical Laboratory Improvement Amendment (CLIA) Facility Identification', 'S', 1, ['F4']),
  ref('Immunization Batch Number', 'S', 1, ['BT']),
  ref('Referral Number', 'S', 5, ['9F']),
];

function loop2400(): LoopDef {
  const loop2440 = loopDef('2440', 'Form Identification Code', 'S', Infinity, [
    slot('formIdentificationCode', LQ, seg('LQ', 'Form Identification Code', 'R', 1, [
      e('LQ01', 'R', 'ID', 1, 3, 'Code List Qualifier Code', ['AS', 'UT']), e('LQ02', 'R', 'AN', 1, 30, 'Form Identifier'),
    ]), false),
    slot('supportingDocumentation', FRM, seg('FRM', 'Supporting Documentation', 'R', 99, [
      e('FRM01', 'R', 'AN', 1, 20, 'Question Number/Letter'), e('FRM02', 'S', 'ID', 1, 1, 'Question Response', ['N', 'W', 'Y']),
      e('FRM03', 'S', 'AN', 1, 50, 'Question Response'), e('FRM04', 'S', 'DT', 8, 8, 'Question Response'), e('FRM05', 'S', 'R', 1, 6, 'Question Response'),
    ]), true),
  ]);
  return loopDef('2400', 'Service Line Number', 'R', 50, [
    slot('serviceLineNumber', LX, LX_SPEC, false),
    slot('professionalService', SV1, SV1_SPEC, false),
    slot('durableMedicalEquipmentService', SV5, seg('SV5', 'Durable Medical Equipment Service', 'S', 1, [
      procedureComposite('SV501', 'R', ['HC']), e('SV502', 'R', 'ID', 2, 2, 'Unit or Basis for Measurement Code', ['DA']),
      e('SV503', 'R', 'R', 1, 15, 'Length of Medical Necessity'), e('SV504', 'S', 'R', 1, 18, 'DME Rental Price'),
      e('SV505', 'S', 'R', 1, 18, 'DME Purchase Price'), e('SV506', 'S', 'ID', 1, 1, 'Rental Unit Price Indicator', ['1', '4', '6']),
    ]), false),
    slot('supplementalInformation', PWK, [PWK_SPEC], true),
    slot('ambulanceTransport', CR1, CR1_SPEC, false),
    slot('durableMedicalEquipmentCertification', CR3, seg('CR3', 'Durable Medical Equipment Certification', 'S', 1, [
      e('CR301', 'R', 'ID', 1, 1, 'Certification Type Code', ['I', 'R', 'S']), e('CR302', 'R', 'ID', 2, 2, 'Unit or Basis for Measurement Code', ['MO']),
      e('CR303', 'R', 'R', 1, 15, 'Durable Medical Equipment Duration'),
    ]), false),
    slot('conditionIndicators', CRC, [
      CRC_SPEC('Ambulance Certification', 3, ['07']), CRC_SPEC('Hospice Employee Indicator', 1, ['70']),
      CRC_SPEC('Condition Indicator/Durable Medical Equipment', 1, ['09']),
    ], true),
    slot('dates', DTP, LINE_DATES, true),
    slot('quantities', QTY, seg('QTY', 'Ambulance Patient Count / Obstetric Anesthesia Additional Units', 'S', 2, [
      e('QTY01', 'R', 'ID', 2, 2, 'Quantity Qualifier', ['PT', 'FL']), e('QTY02', 'R', 'R', 1, 15, 'Quantity'),
    ]), true),
    slot('testResults', MEA, seg('MEA', 'Test Result', 'S', 5, [
      e('MEA01', 'R', 'ID', 2, 2, 'Measurement Reference Identification Code', ['OG', 'TR']),
      e('MEA02', 'R', 'ID', 1, 3, 'Measurement Qualifier', ['HT', 'R1', 'R2', 'R3', 'R4']), e('MEA03', 'R', 'R', 1, 20, 'Measurement Value'),
    ]), true),
    slot('contractInformation', CN1, CN1_SPEC, false),
    slot('references', REF, LINE_REFS, true),
    slot('amounts', AMT, [amt('Sales Tax Amount', 'S', 1, ['T']), amt('Postage Claimed Amount', 'S', 1, ['F4'])], true),
    slot('fileInformation', K3, K3_SPEC, true),
    slot('notes', NTE, [nte('Line Note', 1, ['ADD', 'DCP']), nte('Third Party Organization Notes', 1, ['TPO'])], true),
    slot('purchasedServiceInformation', PS1, seg('PS1', 'Purchased Service Information', 'S', 1, [
      e('PS101', 'R', 'AN', 1, 50, 'Purchased Service Provider Identifier'), e('PS102', 'R', 'R', 1, 18, 'Purchased Service Charge Amount'),
    ]), false),
    slot('linePricingRepricingInformation', HCP, HCP_SPEC, false),
  ], [child(loop2410(), false), ...providerLoops('2420').map((l) => child(l, l.max > 1)), child(loop2430(['ER', 'HC', 'IV', 'WK']), true), child(loop2440, true)]);
}

export function loop2300P(): LoopDef {
  return loopDef('2300', 'Claim Information', 'S', 100, [
    slot('claimInformation', CLM, CLM_SPEC, false),
    slot('dates', DTP, CLAIM_DATES, true),
    slot('supplementalInformation', PWK, [PWK_SPEC], true),
    slot('contractInformation', CN1, CN1_SPEC, false),
    slot('amounts', AMT, amt('Patient Amount Paid', 'S', 1, ['F5']), true),
    slot('references', REF, CLAIM_REFS, true),
    slot('fileInformation', K3, K3_SPEC, true),
    slot('notes', NTE, nte('Claim Note', 1, ['ADD', 'CER', 'DCP', 'DGN', 'TPO']), true),
    slot('ambulanceTransport', CR1, CR1_SPEC, false),
    slot('spinalManipulation', CR2, seg('CR2', 'Spinal Manipulation Service Information', 'S', 1, [
      e('CR208', 'R', 'ID', 1, 1, 'Patient Condition Code', ['A', 'C', 'D', 'E', 'F', 'G', 'M']),
      e('CR210', 'S', 'AN', 1, 80, 'Patient Condition Description'), e('CR211', 'S', 'AN', 1, 80, 'Patient Condition Description'),
    ]), false),
    slot('conditionIndicators', CRC, [
      CRC_SPEC('Ambulance Certification', 3, ['07']), CRC_SPEC('Patient Condition Information: Vision', 3, ['E1', 'E2', 'E3']),
      CRC_SPEC('Homebound Indicator', 1, ['75']), CRC_SPEC('EPSDT Referral', 1, ['ZZ']),
    ], true),
    // Health Care Diagnosis Code (ABK/ABF, 1), Anesthesia Related Procedure (BP/BO, 1), Condition Information (BG, 2).
    slot('healthCareInformationCodes', HI, hiSpec('Health Care Information Codes', 'R', 4, ['ABK', 'BK', 'BP', 'BG'], ['ABF', 'BF', 'BO', 'BG'], 12), true),
    slot('claimPricingRepricingInformation', HCP, HCP_SPEC, false),
  ], [
    ...providerLoops('2310').map((l) => child(l, l.max > 1)),
    child(loop2320(false, [
      ['2330C', 'Other Payer Referring Provider', ['DN', 'P3']], ['2330D', 'Other Payer Rendering Provider', ['82']],
      ['2330E', 'Other Payer Service Facility Location', ['77']], ['2330F', 'Other Payer Supervising Provider', ['DQ']],
      ['2330G', 'Other Payer Billing Provider', ['85']],
    ]), true),
    child(loop2400(), true),
  ]);
}

const built = transactionDef(GUIDE_837P, ACCEPTED_837P, loop2300P(), true);
export const TRANSACTION_837P = built.def;
export const ROOT_837P = built.root;
export const transaction837PSpec: TransactionSpec = toTransactionSpec(built.def);
