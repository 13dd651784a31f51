// 837I (005010X223A2) claim and service-line loops as data. The hierarchy above the claim, COB, drug
// and line adjudication loops are shared with the 837P (837-common).
import {
  AMT, CL1, CLM, CN1, CRC, DTP, HCP, HI, K3, LX, NTE, PWK, REF, SV2,
  CN1_SPEC, HCP_SPEC, K3_SPEC, PWK_SPEC, LX_SPEC, amt, dtp, e, nm1, nte, prv, procedureComposite, ref, seg,
  child, loopDef, slot, nameLoop, loop2320, loop2410, loop2430, transactionDef, toTransactionSpec,
} from '../837-common/index';
import type { LoopDef } from '../837-common/index';
import type { ElementSpec, TransactionSpec } from '../spec';

export const GUIDE_837I = '005010X223A2';
export const ACCEPTED_837I = ['005010X223A3', '005010X223A1', '005010X223'];

const CLM_SPEC = seg('CLM', 'Claim Information', 'R', 1, [
  e('CLM01', 'R', 'AN', 1, 38, 'Patient Control Number'),
  e('CLM02', 'R', 'R', 1, 18, 'Total Claim Charge Amount'),
  {
    ...e('CLM05', 'R', 'AN', 1, 2, 'Health Care Service Location Information'),
    components: [
      e('CLM05-1', 'R', 'AN', 1, 2, 'Facility Type Code'),
      e('CLM05-2', 'R', 'ID', 1, 2, 'Facility Code Qualifier', ['A']),
      e('CLM05-3', 'R', 'ID', 1, 1, 'Claim Frequency Type Code'),
    ],
  },
  e('CLM06', 'N', 'ID', 1, 1, 'Provider or Supplier Signature Indicator'),
  e('CLM07', 'R', 'ID', 1, 1, 'Assignment or Plan Participation Code', ['A', 'B', 'C']),
  e('CLM08', 'R', 'ID', 1, 1, 'Benefits Assignment Certification Indicator', ['N', 'W', 'Y']),
  e('CLM09', 'R', 'ID', 1, 1, 'Release of Information Code', ['I', 'Y']),
  e('CLM20', 'S', 'ID', 1, 2, 'Delay Reason Code', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '15']),
]);

const CLAIM_DATES = [
  dtp('Discharge Hour', 'S', 1, ['096'], ['TM']),
  dtp('Statement Dates', 'R', 1, ['434'], ['RD8']),
  dtp('Admission Date/Hour', 'S', 1, ['435'], ['D8', 'DT']),
  dtp('Date - Repricer Received Date', 'S', 1, ['050'], ['D8']),
];

const CLAIM_REFS = [
  ref('Service Authorization Exception Code', 'S', 1, ['4N']),
  ref('Referral Number', 'S', 1, ['9F']),
  ref('Prior Authorization', 'S', 1, ['G1']),
  ref('Payer Claim Control Number', 'S', 1, ['F8']),
  ref('Repriced Claim Number', 'S', 1, ['9A']),
  ref('Adjusted Repriced Claim Number', 'S', 1, ['9C']),
  ref('Investigational Device Exemption Number', 'S', 5, ['LX']),
  ref('Claim Identifier For Transmission Intermediaries', 'S', 1, ['D9']),
  ref('Auto Accident State', 'S', 1, ['LU']),
  ref('Medical Record Number', 'S', 1, ['EA']),
  ref('Demonstration Project Identifier', 'S', 1, ['P4']),
  ref('Peer Review Organization (PRO) Approval Number', 'S', 1, ['G4']),
];

/** HI kinds of the 837I (HI01-1 qualifiers), in guide order, with how many HI segments each allows. */
const HI_KINDS: readonly { name: string; max: number; first: readonly string[]; rest: readonly string[] }[] = [
  { name: 'Principal Diagnosis', max: 1, first: ['ABK', 'BK'], rest: [] },
  { name: 'Admitting Diagnosis', max: 1, first: ['ABJ', 'BJ'], rest: [] },
  { name: "Patient's Reason For Visit", max: 1, first: ['APR', 'PR'], rest: ['APR', 'PR'] },
  { name: 'External Cause of Injury', max: 1, first: ['ABN', 'BN'], rest: ['ABN', 'BN'] },
  { name: 'Diagnosis Related Group (DRG) Information', max: 1, first: ['DR'], rest: [] },
  { name: 'Other Diagnosis Information', max: 2, first: ['ABF', 'BF'], rest: ['ABF', 'BF'] },
  { name: 'Principal Procedure Information', max: 1, first: ['BBR', 'BR', 'CAH'], rest: [] },
  { name: 'Other Procedure Information', max: 2, first: ['BBQ', 'BQ'], rest: ['BBQ', 'BQ'] },
  { name: 'Occurrence Span Information', max: 2, first: ['BI'], rest: ['BI'] },
  { name: 'Occurrence Information', max: 2, first: ['BH'], rest: ['BH'] },
  { name: 'Value Information', max: 2, first: ['BE'], rest: ['BE'] },
  { name: 'Condition Information', max: 2, first: ['BG'], rest: ['BG'] },
  { name: 'Treatment Code Information', max: 1, first: ['TC'], rest: ['TC'] },
];

/** One HI spec for the loop (see the 837P note: HI kinds differ by a component, not by an element). */
function hiSpec() {
  const first = [...new Set(HI_KINDS.flatMap((k) => k.first))];
  const rest = [...new Set(HI_KINDS.flatMap((k) => k.rest))];
  const max = HI_KINDS.reduce((s, k) => s + k.max, 0);
  const elements: ElementSpec[] = Array.from({ length: 12 }, (_, i) => {
    const ref = `HI${String(i + 1).padStart(2, '0')}`;
    return {
      ...e(ref, i === 0 ? 'R' : 'S', 'AN', 1, 30, 'Health Care Code Information'),
      components: [
        e(`${ref}-1`, 'R', 'ID', 1, 3, 'Code List Qualifier Code', i === 0 ? first : rest),
        e(`${ref}-2`, 'R', 'AN', 1, 30, 'Industry Code'),
        e(`${ref}-3`, 'S', 'ID', 2, 3, 'Date Time Period Format Qualifier', ['D8', 'RD8']),
        e(`${ref}-4`, 'S', 'AN', 1, 35, 'Date Time Period'),
        e(`${ref}-5`, 'S', 'R', 1, 18, 'Monetary Amount'),
        e(`${ref}-6`, 'N', 'R', 1, 15, 'Quantity'),
        e(`${ref}-7`, 'N', 'AN', 1, 30, 'Version Identifier'),
        e(`${ref}-8`, 'N', 'AN', 1, 30, 'Industry Code'),
        e(`${ref}-9`, 'S', 'ID', 1, 1, 'Present on Admission Indicator', ['N', 'U', 'W', 'Y']),
      ],
    };
  });
  return seg('HI', 'Health Care Information Codes', 'R', max, elements);
}

function providerLoops(): LoopDef[] {
  const refs = (name: string) => [ref(`${name} Secondary Identification`, 'S', 4, ['0B', '1G', 'G2', 'LU'])];
  const person = { entityTypes: ['1'], idQualifiers: ['XX'] };
  return [
    nameLoop('2310A', 'Attending Provider Name', 'S', 1, nm1('Attending Provider Name', ['71'], person), {
      prv: prv('Attending Provider Specialty Information', 'S', ['AT']), refs: refs('Attending Provider'),
    }),
    nameLoop('2310B', 'Operating Physician Name', 'S', 1, nm1('Operating Physician Name', ['72'], person), { refs: refs('Operating Physician') }),
    nameLoop('2310C', 'Other Operating Physician Name', 'S', 1, nm1('Other Operating Physician Name', ['ZZ'], person), { refs: refs('Other Operating Physician') }),
    nameLoop('2310D', 'Rendering Provider Name', 'S', 1, nm1('Rendering Provider Name', ['82'], person), { refs: refs('Rendering Provider') }),
    nameLoop('2310E', 'Service Facility Location Name', 'S', 1, nm1('Service Facility Location Name', ['77'], { entityTypes: ['2'], idQualifiers: ['XX'] }), {
      address: 'R', refs: refs('Service Facility Location'),
    }),
    nameLoop('2310F', 'Referring Provider Name', 'S', 1, nm1('Referring Provider Name', ['DN'], person), { refs: refs('Referring Provider') }),
  ];
}

function lineProviderLoops(): LoopDef[] {
  const refs = (name: string) => [ref(`${name} Secondary Identification`, 'S', 20, ['0B', '1G', 'G2', 'LU'])];
  const person = { entityTypes: ['1'], idQualifiers: ['XX'] };
  return [
    nameLoop('2420A', 'Operating Physician Name', 'S', 1, nm1('Operating Physician Name', ['72'], person), { refs: refs('Operating Physician') }),
    nameLoop('2420B', 'Other Operating Physician Name', 'S', 1, nm1('Other Operating Physician Name', ['ZZ'], person), { refs: refs('Other Operating Physician') }),
    nameLoop('2420C', 'Rendering Provider Name', 'S', 1, nm1('Rendering Provider Name', ['82'], person), { refs: refs('Rendering Provider') }),
    nameLoop('2420D', 'Referring Provider Name', 'S', 1, nm1('Referring Provider Name', ['DN'], person), { refs: refs('Referring Provider') }),
  ];
}

function loop2400(): LoopDef {
  return loopDef('2400', 'Service Line Number', 'R', 999, [
    slot('serviceLineNumber', LX, LX_SPEC, false),
    slot('institutionalServiceLine', SV2, seg('SV2', 'Institutional Service Line', 'R', 1, [
      e('SV201', 'R', 'AN', 1, 48, 'Service Line Revenue Code'),
      procedureComposite('SV202', 'S', ['ER', 'HC', 'HP', 'IV', 'WK']),
      e('SV203', 'R', 'R', 1, 18, 'Line Item Charge Amount'),
      e('SV204', 'R', 'ID', 2, 2, 'Unit or Basis for Measurement Code', ['DA', 'UN']),
      e('SV205', 'R', 'R', 1, 15, 'Service Unit Count'),
      e('SV207', 'S', 'R', 1, 18, 'Line Item Denied Charge or Non-Covered Charge Amount'),
    ]), false),
    slot('supplementalInformation', PWK, [PWK_SPEC], true),
    slot('dates', DTP, dtp('Date - Service Date', 'S', 1, ['472'], ['D8', 'RD8']), true),
    slot('references', REF, [
      ref('Line Item Control Number', 'S', 1, ['6R']), ref('Repriced Line Item Reference Number', 'S', 1, ['9B']),
      ref('Adjusted Repriced Line Item Reference Number', 'S', 1, ['9D']),
    ], true),
    slot('amounts', AMT, [amt('Service Tax Amount', 'S', 1, ['GT']), amt('Facility Tax Amount', 'S', 1, ['N8'])], true),
    slot('notes', NTE, nte('Third Party Organization Notes', 1, ['TPO']), true),
    slot('linePricingRepricingInformation', HCP, HCP_SPEC, false),
  ], [child(loop2410(), false), ...lineProviderLoops().map((l) => child(l, false)), child(loop2430(['HC', 'HP', 'IV', 'WK', 'ER', 'NU']), true)]);
}

export function loop2300I(): LoopDef {
  return loopDef('2300', 'Claim Information', 'S', 100, [
    slot('claimInformation', CLM, CLM_SPEC, false),
    slot('dates', DTP, CLAIM_DATES, true),
    slot('institutionalClaimCode', CL1, seg('CL1', 'Institutional Claim Code', 'S', 1, [
      e('CL101', 'S', 'ID', 1, 1, 'Admission Type Code'),
      e('CL102', 'S', 'ID', 1, 1, 'Admission Source Code'),
      e('CL103', 'R', 'ID', 1, 2, 'Patient Status Code'),
    ]), false),
    slot('supplementalInformation', PWK, [PWK_SPEC], true),
    slot('contractInformation', CN1, CN1_SPEC, false),
    slot('amounts', AMT, amt('Patient Estimated Amount Due', 'S', 1, ['F3']), true),
    slot('references', REF, CLAIM_REFS, true),
    slot('fileInformation', K3, K3_SPEC, true),
    slot('notes', NTE, [nte('Claim Note', 10, ['ALG', 'DCP', 'DGN', 'DME', 'MED', 'NTR', 'ODT', 'RHB', 'RLH', 'RNH', 'SET', 'SFM', 'SPT', 'UPI']), nte('Billing Note', 1, ['ADD'])], true),
    slot('conditionIndicators', CRC, seg('CRC', 'EPSDT Referral', 'S', 1, [
      e('CRC01', 'R', 'ID', 2, 2, 'Code Category', ['ZZ']), e('CRC02', 'R', 'ID', 1, 1, 'Certification Condition Indicator', ['N', 'Y']),
      e('CRC03', 'R', 'ID', 2, 3, 'Condition Code', ['AV', 'NU', 'S2', 'ST']),
    ]), true),
    slot('healthCareInformationCodes', HI, hiSpec(), true),
    slot('claimPricingRepricingInformation', HCP, HCP_SPEC, false),
  ], [
    ...providerLoops().map((l) => child(l, false)),
    child(loop2320(true, [
      ['2330C', 'Other Payer Attending Provider', ['71']], ['2330D', 'Other Payer Operating Physician', ['72']],
      ['2330E', 'Other Payer Other Operating Physician', ['ZZ']], ['2330F', 'Other Payer Service Facility Location', ['77']],
      ['2330G', 'Other Payer Rendering Provider Name', ['82']], ['2330H', 'Other Payer Referring Provider', ['DN']],
      ['2330I', 'Other Payer Billing Provider', ['85']],
    ]), true),
    child(loop2400(), true),
  ]);
}

const built = transactionDef(GUIDE_837I, ACCEPTED_837I, loop2300I(), false);
export const TRANSACTION_837I = built.def;
export const ROOT_837I = built.root;
export const transaction837ISpec: TransactionSpec = toTransactionSpec(built.def);
