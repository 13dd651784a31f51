// Code values from the 005010X279A1 guide for the elements OpenRCM reads or writes.

/** 2100A NM101: information source entity (payer and kin). */
export const INFORMATION_SOURCE_ENTITY_CODES = ['2B', '36', 'GP', 'P5', 'PR'] as const;
/** 2100A NM108. */
export const INFORMATION_SOURCE_ID_QUALIFIERS = ['24', '46', 'FI', 'NI', 'PI', 'XV', 'XX'] as const;
/** 2100B NM101: information receiver entity (provider and kin). */
export const INFORMATION_RECEIVER_ENTITY_CODES = ['1P', '2B', '36', '80', 'FA', 'GP', 'P5', 'PR'] as const;
/** 2100B NM108. */
export const INFORMATION_RECEIVER_ID_QUALIFIERS = ['24', '34', '46', 'FI', 'PI', 'PP', 'SV', 'XV', 'XX'] as const;
/** 2100B REF01: additional information receiver identifiers. */
export const INFORMATION_RECEIVER_REF_QUALIFIERS = ['0B', '1C', '1D', '1J', '4A', 'CT', 'EL', 'EO', 'HPI', 'JD', 'N5', 'N7', 'Q4', 'SY', 'TJ'] as const;
/** 2100B/2100C/2100D PRV01. */
export const PROVIDER_CODES = ['AD', 'AT', 'BI', 'CO', 'CV', 'H', 'HH', 'LA', 'OT', 'P1', 'P2', 'PC', 'PE', 'R', 'RF', 'SB', 'SK', 'SU'] as const;
/** 2100C/2100D NM108: MI member identification number, II standard unique health identifier. */
export const MEMBER_ID_QUALIFIERS = ['II', 'MI'] as const;
/** 2100C/2100D REF01: additional subscriber/dependent identification. */
export const MEMBER_REF_QUALIFIERS = ['18', '1L', '1W', '3H', '49', '6P', 'CE', 'CT', 'EA', 'EJ', 'F6', 'GH', 'HJ', 'IG', 'IL', 'N6', 'NQ', 'SY', 'Y4'] as const;
/** 2100C/2100D DTP01: 102 issue, 291 plan (the date of service asked about), 307/435/472 used by some payers. */
export const MEMBER_DATE_QUALIFIERS = ['102', '291', '307', '435', '472'] as const;
/** 2110C/2110D DTP01: 291 plan (eligibility date for this inquiry line). */
export const INQUIRY_DATE_QUALIFIERS = ['291'] as const;
/** 2110C/2110D REF01: 9F referral number, G1 prior authorization number. */
export const INQUIRY_REF_QUALIFIERS = ['9F', 'G1'] as const;
/** EQ03 / EB02 Coverage Level Code. */
export const COVERAGE_LEVEL_CODES = ['CHD', 'DEP', 'ECH', 'EMP', 'ESP', 'FAM', 'IND', 'SPC', 'SPO'] as const;
/** EQ02-1 / EB13-1 Product or Service ID Qualifier. */
export const PROCEDURE_QUALIFIERS = ['AD', 'CJ', 'HC', 'ID', 'IV', 'N4', 'ZZ'] as const;
/** INS02 Individual Relationship Code in 2100D (dependent's relationship to the subscriber). */
export const DEPENDENT_RELATIONSHIP_CODES = ['01', '19', '20', '21', '39', '40', '53', 'G8'] as const;

/**
 * Service Type Codes (EQ01, EB03) a practice commonly asks about, with the guide's meaning.
 * The guide's list is longer; any code is carried through, these are the ones we can name.
 */
export const SERVICE_TYPE_CODES: Readonly<Record<string, string>> = {
  '1': 'Medical Care',
  '2': 'Surgical',
  '3': 'Consultation',
  '4': 'Diagnostic X-Ray',
  '5': 'Diagnostic Lab',
  '6': 'Radiation Therapy',
  '7': 'Anesthesia',
  '8': 'Surgical Assistance',
  '12': 'Durable Medical Equipment Purchase',
  '18': 'Durable Medical Equipment Rental',
  '23': 'Diagnostic Dental',
  '30': 'Health Benefit Plan Coverage',
  '33': 'Chiropractic',
  '35': 'Dental Care',
  '42': 'Home Health Care',
  '45': 'Hospice',
  '47': 'Hospital',
  '48': 'Hospital - Inpatient',
  '50': 'Hospital - Outpatient',
  '51': 'Hospital - Emergency Accident',
  '52': 'Hospital - Emergency Medical',
  '53': 'Hospital - Ambulatory Surgical',
  '60': 'General Benefits',
  '62': 'MRI/CAT Scan',
  '73': 'Diagnostic Medical',
  '76': 'Dialysis',
  '78': 'Chemotherapy',
  '80': 'Immunizations',
  '81': 'Routine Physical',
  '82': 'Family Planning',
  '86': 'Emergency Services',
  '88': 'Pharmacy',
  '93': 'Podiatry',
  '98': 'Professional (Physician) Visit - Office',
  'A0': 'Professional (Physician) Visit - Outpatient',
  'A3': 'Professional (Physician) Visit - Home',
  'A4': 'Psychiatric',
  'A6': 'Psychotherapy',
  'A7': 'Psychiatric - Inpatient',
  'A8': 'Psychiatric - Outpatient',
  'AD': 'Occupational Therapy',
  'AE': 'Physical Medicine',
  'AF': 'Speech Therapy',
  'AG': 'Skilled Nursing Care',
  'AJ': 'Alcoholism',
  'AK': 'Drug Addiction',
  'AL': 'Vision (Optometry)',
  'BG': 'Cardiac Rehabilitation',
  'BH': 'Pediatric',
  'MH': 'Mental Health',
  'PT': 'Physical Therapy',
  'UC': 'Urgent Care',
};
