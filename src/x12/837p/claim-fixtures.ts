// OpenRCM professional claims as the billing side holds them, for the 837P builder tests: an original
// claim, a secondary claim with the primary's adjudication (COB), a replacement (7), a void (8), a
// dependent patient and a 50-line claim. NPIs pass the Luhn check; codes are real CPT/ICD-10-CM codes.
import { cents } from '../deps';
import type { CalendarDate, Claim, ClaimLine, ClaimProvider, ClaimSubscriber } from '../deps';
import type { Build837Options, Receiver, Submitter } from '../837-common/index';

const d = (s: string): CalendarDate => s as CalendarDate;

export const submitter: Submitter = { name: 'RIVERSIDE BILLING SERVICE', id: 'RBS0042', contact: { name: 'ANA TORRES', phone: '5035550142', email: 'EDI@RIVERSIDE.EXAMPLE' } };
export const receiver: Receiver = { name: 'CASCADE CLEARINGHOUSE', id: 'CCH001' };
export const options: Build837Options = { transactionSetControlNumber: '0001', referenceIdentification: 'BATCH20241105', createdDate: d('2024-11-05'), createdTime: '1432' };

export const billing: ClaimProvider = {
  entityType: 'organization', npi: '1234567893', lastNameOrOrganization: 'RIVERSIDE FAMILY MEDICINE', taxonomyCode: '207Q00000X',
  taxId: { qualifier: 'EI', value: '931234567' },
  address: { line1: '400 RIVER ROAD', line2: 'SUITE 2', city: 'PORTLAND', state: 'OR', postalCode: '972011234' },
};
const rendering: ClaimProvider = { entityType: 'person', npi: '1847563925', lastNameOrOrganization: 'OKAFOR', firstName: 'GRACE', taxonomyCode: '207Q00000X' };
const referring: ClaimProvider = { entityType: 'person', npi: '1548392012', lastNameOrOrganization: 'LINDQVIST', firstName: 'PER' };
const supervising: ClaimProvider = { entityType: 'person', npi: '1765432103', lastNameOrOrganization: 'HALE', firstName: 'MORGAN' };

const home = { line1: '12 ALDER ST', city: 'PORTLAND', state: 'OR', postalCode: '97202' };
export const subscriber: ClaimSubscriber = {
  lastName: 'NAKAMURA', firstName: 'KEN', middleName: 'T', birthDate: d('1968-03-14'), sex: 'M', address: home, memberId: 'XJH448812901', groupNumber: 'GRP7781',
};
const commercial = { name: 'EVERGREEN HEALTH PLAN', payerId: '61101', claimFilingIndicator: 'CI' as const };
const medicare = { name: 'MEDICARE PART B', payerId: '02402', claimFilingIndicator: 'MB' as const };

function line(n: number, code: string, charge: number, date: string, extra: Partial<ClaimLine> = {}): ClaimLine {
  return {
    lineNumber: n, lineItemControlNumber: `L${n}`, codeSystem: 'CPT', procedureCode: code, modifiers: [], charge: cents(charge),
    unitMeasure: 'UN', units: 1, diagnosisPointers: [1], serviceDate: d(date), ...extra,
  };
}

/** An office visit with an injection, onset date, prior authorization, referral, referring and rendering providers. */
export const original: Claim = {
  id: 'clm-1', kind: 'professional', patientControlNumber: 'RFM24110501', frequencyCode: '1', totalCharge: cents(21500),
  placeOfService: '11', statementFrom: d('2024-11-01'), statementTo: d('2024-11-01'), payerSequence: 'P', billingProvider: billing,
  subscriber, relationship: '18', payer: commercial, renderingProvider: rendering, referringProvider: referring,
  priorAuthorization: 'PA99812', referralNumber: 'RF3321', providerSignatureOnFile: true, assignmentCode: 'A', benefitsAssigned: true,
  releaseOfInformation: 'Y', onsetDate: d('2024-10-28'),
  diagnoses: [{ code: 'J0190' }, { code: 'R509' }, { code: 'E119' }],
  lines: [
    line(1, '99214', 17500, '2024-11-01', { modifiers: ['25'], diagnosisPointers: [1, 2, 3] }),
    line(2, 'J1885', 2500, '2024-11-01', { codeSystem: 'HCPCS', diagnosisPointers: [1], ndc: { code: '00409379501', quantity: 1, unit: 'ML' } }),
    line(3, '96372', 1500, '2024-11-01', { diagnosisPointers: [1, 2] }),
  ],
  otherCoverages: [],
};

/** The same visit billed to Medicare as secondary, after the commercial plan paid: claim and line COB. */
export const secondary: Claim = {
  ...original, id: 'clm-2', patientControlNumber: 'RFM24110501S', payerSequence: 'S', payer: medicare,
  subscriber: { ...subscriber, memberId: '1EG4TE5MK73', groupNumber: undefined },
  lines: original.lines.map((l, i) => ({
    ...l,
    priorAdjudications: [{
      payerId: '61101', paidAmount: cents([12000, 2000, 1000][i]!), procedureCode: l.procedureCode, modifiers: l.modifiers, paidUnits: 1,
      adjudicationDate: d('2024-11-20'),
      adjustments: [{ groupCode: 'CO' as const, reasonCode: '45', amount: cents([4000, 300, 300][i]!) }, { groupCode: 'PR' as const, reasonCode: '2', amount: cents([1500, 200, 200][i]!) }],
    }],
  })),
  otherCoverages: [{
    sequence: 'P', relationship: '18', subscriber, payer: commercial, groupNumber: 'GRP7781', paidAmount: cents(15000),
    remainingPatientLiability: cents(1900), adjudicationDate: d('2024-11-20'), payerClaimControlNumber: 'EVG2024112000417',
    claimAdjustments: [],
  }],
};

/** A corrected claim replacing the original (frequency 7) with the payer's claim number. */
export const replacement: Claim = {
  ...original, id: 'clm-3', frequencyCode: '7', payerClaimControlNumber: 'EVG2024110900321',
  lines: [original.lines[0]!, { ...original.lines[1]!, units: 2, charge: cents(5000) }, original.lines[2]!], totalCharge: cents(24000),
};

/** A void of the original (frequency 8), repeating its lines and charges. */
export const voided: Claim = { ...original, id: 'clm-4', frequencyCode: '8', payerClaimControlNumber: 'EVG2024110900321' };

/** The subscriber's daughter seen for otitis media, with a supervising provider and a service facility. */
export const dependent: Claim = {
  ...original, id: 'clm-5', patientControlNumber: 'RFM24110502', relationship: '19',
  patient: { lastName: 'NAKAMURA', firstName: 'EMI', birthDate: d('2015-07-02'), sex: 'F', address: home, relationship: '19' },
  referringProvider: undefined, priorAuthorization: undefined, referralNumber: undefined, onsetDate: undefined,
  supervisingProvider: supervising,
  serviceFacility: { name: 'RIVERSIDE EAST CLINIC', npi: '1987654328', address: { line1: '900 EAST BURNSIDE', city: 'PORTLAND', state: 'OR', postalCode: '97214' } },
  diagnoses: [{ code: 'H6691' }], totalCharge: cents(13000),
  lines: [line(1, '99213', 13000, '2024-11-04')],
};

/** Fifty lines of physical therapy over a month (the 837P maximum). */
export const fiftyLines: Claim = {
  ...original, id: 'clm-6', patientControlNumber: 'RFM24110550', referringProvider: undefined, diagnoses: [{ code: 'M5416' }],
  lines: Array.from({ length: 50 }, (_, i) => line(i + 1, i % 2 === 0 ? '97110' : '97140', 4500, `2024-10-${String(1 + Math.floor(i / 2)).padStart(2, '0')}`, { units: 2, modifiers: ['GP'] })),
  totalCharge: cents(50 * 4500),
};

export const allClaims: readonly Claim[] = [original, secondary, replacement, voided, dependent, fiftyLines];
