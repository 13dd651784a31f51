// Items 14-23 and 25-33 of the 1500: dates, referring provider, diagnoses, resubmission, tax id, signatures,
// service facility and billing provider. Item 24 is in cms1500-lines.ts, 28-29 in cms1500-layout.ts.
import type { Claim } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import type { PageWriter } from './grid';
import { putDate } from './cms1500-lines';
import { putPhone } from './cms1500-patient';
import { addressLine, cityStateZip, providerName, streetLine } from './text';

export const CMS1500_MAX_DIAGNOSES = 12;

export function layoutClinical(w: PageWriter, claim: Claim): void {
  if (claim.onsetDate) {
    putDate(w, '14', [2, 5, 8], 32, claim.onsetDate, 'yy');
    // 431: onset of current symptoms or illness (NUCC item 14 qualifier).
    w.put({ item: '14', col: 18, line: 32, width: 3 }, '431');
  }
  // Item 17 carries one provider: referring (DN) first, else the supervising provider (DQ).
  const referring = claim.referringProvider;
  const who = referring ? { qualifier: 'DN', provider: referring } : claim.supervisingProvider ? { qualifier: 'DQ', provider: claim.supervisingProvider } : undefined;
  if (who) {
    w.put({ item: '17', col: 1, line: 34, width: 2 }, who.qualifier);
    w.put({ item: '17', col: 4, line: 34, width: 26, overflow: 'truncate' }, providerName(who.provider));
    w.put({ item: '17b', col: 37, line: 34, width: 12 }, who.provider.npi);
  }
  w.put({ item: '19', col: 1, line: 36, width: 49 }, claim.note);
  layoutDiagnoses(w, claim);
  if (claim.frequencyCode !== '1') {
    w.put({ item: '22', col: 50, line: 38, width: 11 }, claim.frequencyCode);
    if (!claim.payerClaimControlNumber) {
      w.warn({
        code: 'DATA_INCONSISTENT', severity: 'error', item: '22',
        message: `Resubmission code ${claim.frequencyCode} needs the payer's original claim number (payerClaimControlNumber) in item 22.`,
      });
    }
    w.put({ item: '22', col: 62, line: 38, width: 18 }, claim.payerClaimControlNumber);
  }
  w.put({ item: '23', col: 50, line: 40, width: 29 }, claim.priorAuthorization ?? claim.referralNumber);
}

/**
 * Item 21: ICD indicator 0 (ICD-10-CM) between the dotted lines, and up to twelve codes A-L, three rows of four.
 * The codes print without the decimal point: the 02/12 form has no printed period (the 08/05 form had one),
 * and the Medicare Claims Processing Manual (ch. 26, item 21) says not to insert a period in the code.
 */
function layoutDiagnoses(w: PageWriter, claim: Claim): void {
  w.put({ item: '21', col: 47, line: 37, width: 1 }, '0');
  claim.diagnoses.slice(0, CMS1500_MAX_DIAGNOSES).forEach((dx, i) => {
    w.put({ item: '21', col: 3 + (i % 4) * 12, line: 38 + Math.floor(i / 4), width: 8 }, dx.code.replace('.', ''));
  });
  if (claim.diagnoses.length > CMS1500_MAX_DIAGNOSES) {
    w.warn({
      code: 'TOO_MANY_CODES', severity: 'error', item: '21',
      message: `The claim has ${claim.diagnoses.length} diagnoses; item 21 holds ${CMS1500_MAX_DIAGNOSES}. Codes after L (${claim.diagnoses.slice(CMS1500_MAX_DIAGNOSES).map((d) => d.code).join(', ')}) are not printed.`,
    });
  }
}

export function layoutBilling(w: PageWriter, claim: Claim, signatureDate: CalendarDate | undefined): void {
  const bp = claim.billingProvider;
  if (bp.taxId) {
    w.put({ item: '25', col: 1, line: 56, width: 15 }, bp.taxId.value.replace(/-/g, ''));
    w.check('25', bp.taxId.qualifier === 'SY' ? 17 : 19, 56, true);
  } else {
    w.warn({ code: 'DATA_INCONSISTENT', severity: 'error', item: '25', message: 'The billing provider has no federal tax id (EIN or SSN) for item 25.' });
  }
  w.put({ item: '26', col: 23, line: 56, width: 14 }, claim.patientControlNumber);
  // CLM07 A (assigned) and B (assignment on clinical lab services only) both accept assignment.
  w.check('27', claim.assignmentCode === 'C' ? 43 : 38, 56, true);

  if (claim.providerSignatureOnFile) {
    w.put({ item: '31', col: 1, line: 59, width: 21 }, 'SIGNATURE ON FILE');
    putDate(w, '31', [14, 17, 20], 61, signatureDate, 'yy');
  }
  const facility = claim.serviceFacility;
  if (facility) {
    w.put({ item: '32', col: 23, line: 58, width: 27, overflow: 'truncate' }, addressLine(facility.name));
    w.put({ item: '32', col: 23, line: 59, width: 27, overflow: 'truncate' }, streetLine(facility.address));
    w.putShrinking({ item: '32', col: 23, line: 60, width: 27 }, cityStateZip(facility.address));
    w.put({ item: '32a', col: 24, line: 61, width: 10 }, facility.npi);
  }
  putPhone(w, '33', 67, 57, bp.contact?.phone);
  w.put({ item: '33', col: 51, line: 58, width: 29, overflow: 'truncate' }, providerName(bp));
  if (bp.address) {
    w.put({ item: '33', col: 51, line: 59, width: 29, overflow: 'truncate' }, streetLine(bp.address));
    w.putShrinking({ item: '33', col: 51, line: 60, width: 29 }, cityStateZip(bp.address));
  }
  w.put({ item: '33a', col: 52, line: 61, width: 10 }, bp.npi);
  // 33b: qualifier ZZ (taxonomy) immediately followed by the code, no space or hyphen.
  if (bp.taxonomyCode) w.put({ item: '33b', col: 65, line: 61, width: 15 }, `ZZ${bp.taxonomyCode}`);
}
