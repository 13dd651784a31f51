// UB-04 form locators 1-41: provider, pay-to, type of bill, statement period, patient, admission,
// condition, occurrence and value codes.
import type { Claim, InstitutionalData } from '../claims/index';
import type { Cents } from '../money/index';
import type { PageWriter } from './grid';
import { addressLine, cityStateZip, lastFirstName, mmddccyy, mmddyy, phoneParts, providerName, splitMoney, streetLine } from './text';

/** FL4: a leading 0, the facility type and bill classification (two digits), and the claim frequency. */
export function typeOfBill(w: PageWriter, claim: Claim, inst: InstitutionalData): string {
  const facility = inst.facilityTypeCode.slice(0, 2);
  const givenFrequency = inst.facilityTypeCode.slice(2, 3);
  if (givenFrequency !== '' && givenFrequency !== claim.frequencyCode) {
    w.warn({
      code: 'DATA_INCONSISTENT', severity: 'error', item: 'FL4',
      message: `The facility type code "${inst.facilityTypeCode}" ends in frequency ${givenFrequency} but the claim frequency is ${claim.frequencyCode}; FL4 prints the claim frequency.`,
    });
  }
  return `0${facility}${claim.frequencyCode}`;
}

export function layoutProviderBlock(w: PageWriter, claim: Claim, inst: InstitutionalData): void {
  const bp = claim.billingProvider;
  const phone = phoneParts(bp.contact?.phone);
  w.put({ item: 'FL1', col: 2, line: 1, width: 24, overflow: 'truncate' }, providerName(bp));
  if (bp.address) {
    w.put({ item: 'FL1', col: 2, line: 2, width: 24, overflow: 'truncate' }, streetLine(bp.address));
    w.putShrinking({ item: 'FL1', col: 2, line: 3, width: 24 }, cityStateZip(bp.address, 'digits'));
  }
  if (phone) w.put({ item: 'FL1', col: 2, line: 4, width: 24 }, `${phone.area}${phone.number}`);
  if (claim.payToAddress) {
    w.put({ item: 'FL2', col: 27, line: 1, width: 25, overflow: 'truncate' }, providerName(bp));
    w.put({ item: 'FL2', col: 27, line: 2, width: 25, overflow: 'truncate' }, streetLine(claim.payToAddress));
    w.putShrinking({ item: 'FL2', col: 27, line: 3, width: 25 }, cityStateZip(claim.payToAddress, 'digits'));
  }
  w.put({ item: 'FL3a', col: 57, line: 1, width: 20 }, claim.patientControlNumber);
  w.put({ item: 'FL4', col: 78, line: 2, width: 4 }, typeOfBill(w, claim, inst));
  const tax = bp.taxId;
  if (tax) {
    const digits = tax.value.replace(/\D/g, '');
    // FL5 prints the EIN as NN-NNNNNNN.
    w.put({ item: 'FL5', col: 53, line: 4, width: 10 }, tax.qualifier === 'EI' && digits.length === 9 ? `${digits.slice(0, 2)}-${digits.slice(2)}` : digits);
  } else {
    w.warn({ code: 'DATA_INCONSISTENT', severity: 'error', item: 'FL5', message: 'The billing provider has no federal tax number for FL5.' });
  }
  w.put({ item: 'FL6', col: 64, line: 4, width: 6 }, mmddyy(claim.statementFrom));
  w.put({ item: 'FL6', col: 71, line: 4, width: 6 }, mmddyy(claim.statementTo));
}

export function layoutPatientBlock(w: PageWriter, claim: Claim, inst: InstitutionalData): void {
  const patient = claim.patient ?? claim.subscriber;
  w.put({ item: 'FL8', col: 2, line: 6, width: 29, overflow: 'truncate' }, lastFirstName(patient));
  const a = patient.address;
  w.put({ item: 'FL9', col: 42, line: 5, width: 40, overflow: 'truncate' }, streetLine(a));
  w.put({ item: 'FL9', col: 32, line: 6, width: 27, overflow: 'truncate' }, addressLine(a.city));
  w.put({ item: 'FL9', col: 61, line: 6, width: 2 }, a.state);
  w.put({ item: 'FL9', col: 65, line: 6, width: 9 }, a.postalCode);
  w.put({ item: 'FL10', col: 1, line: 8, width: 8 }, mmddccyy(patient.birthDate));
  w.put({ item: 'FL11', col: 10, line: 8, width: 1 }, patient.sex);
  if (inst.admissionDate) w.put({ item: 'FL12', col: 12, line: 8, width: 6 }, mmddyy(inst.admissionDate));
  w.put({ item: 'FL13', col: 19, line: 8, width: 2 }, inst.admissionHour);
  w.put({ item: 'FL14', col: 22, line: 8, width: 1 }, inst.admissionTypeCode);
  w.put({ item: 'FL15', col: 24, line: 8, width: 1 }, inst.admissionSourceCode);
  w.put({ item: 'FL16', col: 26, line: 8, width: 2 }, inst.dischargeHour);
  w.put({ item: 'FL17', col: 29, line: 8, width: 2 }, inst.patientStatusCode);
  inst.conditionCodes.slice(0, 11).forEach((code, k) => w.put({ item: `FL${18 + k}`, col: 32 + k * 3, line: 8, width: 2 }, code));
  tooMany(w, 'FL18', 'condition codes', inst.conditionCodes, 11);
  if (claim.relatedCauses?.state) w.put({ item: 'FL29', col: 66, line: 8, width: 2 }, claim.relatedCauses.state);
}

/** FL31-41. Each group fills its "a" row across before its "b" row, as NUBC orders them. */
export function layoutCodeBlocks(w: PageWriter, inst: InstitutionalData): void {
  inst.occurrenceCodes.slice(0, 8).forEach((o, i) => {
    const k = i % 4;
    const line = 10 + Math.floor(i / 4);
    w.put({ item: `FL${31 + k}`, col: 1 + k * 10, line, width: 2 }, o.code);
    w.put({ item: `FL${31 + k}`, col: 4 + k * 10, line, width: 6 }, mmddyy(o.date));
  });
  tooMany(w, 'FL31', 'occurrence codes', inst.occurrenceCodes.map((o) => o.code), 8);
  inst.occurrenceSpanCodes.slice(0, 4).forEach((s, i) => {
    const base = i % 2 === 0 ? 41 : 58;
    const item = i % 2 === 0 ? 'FL35' : 'FL36';
    const line = 10 + Math.floor(i / 2);
    w.put({ item, col: base + 1, line, width: 2 }, s.code);
    w.put({ item, col: base + 4, line, width: 6 }, mmddyy(s.from));
    w.put({ item, col: base + 11, line, width: 6 }, mmddyy(s.to));
  });
  tooMany(w, 'FL35', 'occurrence span codes', inst.occurrenceSpanCodes.map((s) => s.code), 4);
  inst.valueCodes.slice(0, 12).forEach((v, i) => {
    const k = i % 3;
    const line = 13 + Math.floor(i / 3);
    const base = 43 + k * 13;
    w.put({ item: `FL${39 + k}`, col: base + 1, line, width: 2 }, v.code);
    putAmount(w, `FL${39 + k}`, base + 4, 6, base + 11, line, v.amount);
  });
  tooMany(w, 'FL39', 'value codes', inst.valueCodes.map((v) => v.code), 12);
}

export function putAmount(
  w: PageWriter, item: string, col: number, width: number, centsCol: number, line: number, amount: Cents, row?: number,
): void {
  const m = splitMoney(amount);
  const at = row === undefined ? {} : { row };
  w.put({ item, col, line, width, align: 'right', ...at }, m.dollars);
  w.put({ item, col: centsCol, line, width: 2, ...at }, m.cents);
}

export function tooMany(w: PageWriter, item: string, what: string, codes: string[], max: number): void {
  if (codes.length <= max) return;
  w.warn({
    code: 'TOO_MANY_CODES', severity: 'error', item,
    message: `The claim has ${codes.length} ${what}; the UB-04 holds ${max}. Not printed: ${codes.slice(max).join(', ')}.`,
  });
}
