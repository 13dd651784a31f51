// Code values from the 005010X279A1 guide for the 271 elements OpenRCM reads, with their meaning.

/** EB01 Eligibility or Benefit Information Code. */
export const ELIGIBILITY_OR_BENEFIT_CODES: Readonly<Record<string, string>> = {
  '1': 'Active Coverage',
  '2': 'Active - Full Risk Capitation',
  '3': 'Active - Services Capitated',
  '4': 'Active - Services Capitated to Primary Care Physician',
  '5': 'Active - Pending Investigation',
  '6': 'Inactive',
  '7': 'Inactive - Pending Eligibility Update',
  '8': 'Inactive - Pending Investigation',
  A: 'Co-Insurance',
  B: 'Co-Payment',
  C: 'Deductible',
  CB: 'Coverage Basis',
  D: 'Benefit Description',
  E: 'Exclusions',
  F: 'Limitations',
  G: 'Out of Pocket (Stop Loss)',
  H: 'Unlimited',
  I: 'Non-Covered',
  J: 'Cost Containment',
  K: 'Reserve',
  L: 'Primary Care Provider',
  M: 'Pre-existing Condition',
  MC: 'Managed Care Coordinator',
  N: 'Services Restricted to Following Provider',
  O: 'Not Deemed a Medical Necessity',
  P: 'Benefit Disclaimer',
  Q: 'Second Surgical Opinion Required',
  R: 'Other or Additional Payor',
  S: 'Prior Year(s) History',
  T: 'Card(s) Reported Lost/Stolen',
  U: 'Contact Following Entity for Eligibility or Benefit Information',
  V: 'Cannot Process',
  W: 'Other Source of Data',
  X: 'Health Care Facility',
  Y: 'Spend Down',
};

/** EB06 / HSD05 Time Period Qualifier. */
export const TIME_PERIOD_QUALIFIERS: Readonly<Record<string, string>> = {
  '6': 'Hour',
  '7': 'Day',
  '13': '24 Hours',
  '21': 'Years',
  '22': 'Service Year',
  '23': 'Calendar Year',
  '24': 'Year to Date',
  '25': 'Contract',
  '26': 'Episode',
  '27': 'Visit',
  '28': 'Outlier',
  '29': 'Remaining',
  '30': 'Exceeded',
  '31': 'Not Exceeded',
  '32': 'Lifetime',
  '33': 'Lifetime Remaining',
  '34': 'Month',
  '35': 'Week',
  '36': 'Admission',
};

/** EB09 Quantity Qualifier. */
export const QUANTITY_QUALIFIERS = ['8H', '99', 'CA', 'CE', 'D3', 'DB', 'DY', 'HS', 'LA', 'LE', 'M2', 'MN', 'P6', 'QA', 'S7', 'S8', 'VS', 'YY'] as const;

/** EB04 Insurance Type Code. */
export const INSURANCE_TYPE_CODES = [
  '12', '13', '14', '15', '16', '41', '42', '43', '47', 'AP', 'C1', 'CO', 'CP', 'D', 'DB', 'EP', 'FF', 'GP', 'HM', 'HN', 'HS', 'IN', 'IP', 'LC', 'LD',
  'LI', 'LT', 'MA', 'MB', 'MC', 'MH', 'MI', 'MP', 'OT', 'PE', 'PL', 'PP', 'PR', 'PS', 'QM', 'RP', 'SP', 'TF', 'WC', 'WU',
] as const;

/** AAA03 Reject Reason Code, in words a front desk understands. */
export const REJECT_REASON_CODES: Readonly<Record<string, string>> = {
  '04': 'Authorized quantity exceeded',
  '15': 'Required application data missing',
  '33': 'Input errors',
  '35': 'Out of network',
  '41': 'Authorization/access restrictions: the payer does not allow this submitter to ask',
  '42': 'Unable to respond at current time: the payer system is down, try again later',
  '43': 'Invalid or missing provider identification',
  '44': 'Invalid or missing provider name',
  '45': 'Invalid or missing provider specialty',
  '46': 'Invalid or missing provider phone number',
  '47': 'Invalid or missing provider state',
  '48': 'Invalid or missing referring provider identification number',
  '49': 'Provider is not the primary care physician',
  '50': 'Provider ineligible for inquiries',
  '51': 'Provider not on file with this payer',
  '52': 'Service dates not within provider plan enrollment',
  '53': 'Inquired benefit inconsistent with provider type',
  '54': 'Inappropriate product/service ID qualifier',
  '55': 'Inappropriate product/service ID',
  '56': 'Inappropriate date',
  '57': 'Invalid or missing date(s) of service',
  '58': 'Invalid or missing date of birth',
  '60': 'Date of birth follows date(s) of service',
  '61': 'Date of death precedes date(s) of service',
  '62': 'Date of service not within allowable inquiry period',
  '63': 'Date of service in future',
  '64': 'Invalid or missing patient ID',
  '65': 'Invalid or missing patient name',
  '66': 'Invalid or missing patient gender code',
  '67': 'Patient not found',
  '68': 'Duplicate patient ID number',
  '69': 'Inconsistent with patient age',
  '70': 'Inconsistent with patient gender',
  '71': 'Patient birth date does not match the payer records',
  '72': 'Invalid or missing subscriber/insured ID: check the member ID on the card',
  '73': 'Invalid or missing subscriber/insured name: check the spelling against the card',
  '74': 'Invalid or missing subscriber/insured gender code',
  '75': 'Subscriber/insured not found: the payer has no member with these details',
  '76': 'Duplicate subscriber/insured ID number',
  '77': 'Subscriber found, patient not found',
  '78': 'Subscriber/insured not in the group/plan identified',
  '79': 'Invalid participant identification',
  '80': 'No response received - transaction terminated',
  '97': 'Invalid or missing provider address',
  T4: 'Payer name or identifier missing',
};

/** AAA04 Follow-up Action Code. */
export const FOLLOW_UP_ACTION_CODES: Readonly<Record<string, string>> = {
  C: 'Please correct and resubmit',
  N: 'Resubmission not allowed',
  P: 'Please resubmit original transaction',
  R: 'Resubmission allowed',
  S: 'Do not resubmit; inquiry initiated to a third party',
  W: 'Please wait 30 days and resubmit',
  X: 'Please wait 10 days and resubmit',
  Y: 'Do not resubmit; we will hand over your request',
};

/** AAA03 codes the guide allows at each level. */
export const REJECT_REASONS_BY_LEVEL = {
  source: ['04', '41', '42', '79', '80', 'T4'],
  receiver: ['15', '41', '43', '44', '45', '46', '47', '48', '50', '51', '79', '97', 'T4'],
  member: ['15', '35', '42', '43', '45', '47', '48', '49', '51', '52', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72', '73', '74', '75', '76', '77', '78'],
  benefit: ['15', '33', '52', '53', '54', '55', '56', '57', '60', '61', '62', '63', '69', '70'],
} as const;

/** 2100C/2100D DTP01 in the 271. */
export const MEMBER_DATE_QUALIFIERS_271 = [
  '096', '102', '152', '291', '307', '318', '340', '341', '342', '343', '346', '347', '356', '357', '382', '435', '442', '458', '472', '539', '540', '636', '771',
] as const;

/** 2110C/2110D DTP01 in the 271. */
export const BENEFIT_DATE_QUALIFIERS = [
  '096', '193', '194', '198', '290', '291', '292', '295', '304', '307', '318', '346', '347', '348', '349', '356', '357', '435', '472', '636', '771',
] as const;

/** 2110C/2110D REF01 in the 271. */
export const BENEFIT_REF_QUALIFIERS = ['18', '1L', '1W', '49', '6P', '9F', 'ALS', 'CLI', 'F8', 'FO', 'G1', 'IG', 'N6', 'NQ', 'Y4'] as const;

/** 2120C/2120D NM101 Benefit Related Entity. */
export const BENEFIT_ENTITY_CODES = [
  '13', '1I', '1P', '2B', '36', '71', '72', '73', '74', '75', '76', '80', 'FA', 'GP', 'GW', 'I3', 'IL', 'LR', 'P3', 'P4', 'P5', 'PR', 'PRP', 'S1', 'SEP',
  'TTP', 'VER', 'VN', 'VY', 'X3', 'Y2',
] as const;

/** 2120C/2120D NM108. */
export const BENEFIT_ENTITY_ID_QUALIFIERS = ['24', '34', '46', 'FA', 'FI', 'MI', 'NI', 'PI', 'PP', 'SV', 'XV', 'XX'] as const;
