// UB-04 form locators 50-81: payers and insureds (rows A-C), authorization and document control numbers,
// diagnoses, procedures, attending and operating physicians, remarks and the taxonomy code.
import type { Claim, ClaimPayer, ClaimProvider, ClaimSubscriber, IndividualRelationshipCode, InstitutionalData } from '../claims/index';
import type { Cents } from '../money/index';
import type { PageWriter } from './grid';
import { ub04DiagnosisCell } from './ub04-boxes';
import { putAmount, tooMany } from './ub04-header';
import { lastFirstName, mmddyy } from './text';

interface PayerRow {
  sequence: 'P' | 'S' | 'T';
  payer: ClaimPayer;
  subscriber: ClaimSubscriber;
  relationship: IndividualRelationshipCode;
  groupNumber: string | undefined;
  paid: Cents | undefined;
  /** The payer this claim is addressed to: its row carries FL52-53 and FL63-64. */
  current: boolean;
}

function payerRows(claim: Claim): PayerRow[] {
  const current: PayerRow = {
    sequence: claim.payerSequence, payer: claim.payer, subscriber: claim.subscriber,
    relationship: claim.patient?.relationship ?? claim.relationship, groupNumber: claim.subscriber.groupNumber,
    paid: undefined, current: true,
  };
  const others = claim.otherCoverages.map((c): PayerRow => ({
    sequence: c.sequence, payer: c.payer, subscriber: c.subscriber, relationship: c.relationship,
    groupNumber: c.groupNumber ?? c.subscriber.groupNumber, paid: c.paidAmount, current: false,
  }));
  return [current, ...others];
}

export function layoutPayers(w: PageWriter, claim: Claim): void {
  const taken = new Set<number>();
  for (const r of payerRows(claim)) {
    const row = 'PST'.indexOf(r.sequence);
    if (taken.has(row)) {
      w.warn({ code: 'DATA_INCONSISTENT', severity: 'error', item: 'FL50', message: `Two payers claim the ${r.sequence} row; ${r.payer.name} is not printed.` });
      continue;
    }
    taken.add(row);
    const a = 42 + row;
    w.put({ item: 'FL50', col: 2, line: a, width: 23, overflow: 'truncate' }, r.payer.name);
    w.put({ item: 'FL51', col: 26, line: a, width: 15 }, r.payer.payerId);
    if (r.current) {
      w.put({ item: 'FL52', col: 42, line: a, width: 1 }, claim.releaseOfInformation);
      w.put({ item: 'FL53', col: 45, line: a, width: 1 }, claim.benefitsAssigned ? 'Y' : 'N');
    }
    if (r.paid !== undefined) putAmount(w, 'FL54', 48, 7, 56, a, r.paid);
    const b = 46 + row;
    w.put({ item: 'FL58', col: 2, line: b, width: 26, overflow: 'truncate' }, lastFirstName(r.subscriber));
    w.put({ item: 'FL59', col: 29, line: b, width: 2 }, r.relationship);
    w.put({ item: 'FL60', col: 33, line: b, width: 21 }, r.subscriber.memberId);
    w.put({ item: 'FL61', col: 55, line: b, width: 13, overflow: 'truncate' }, r.subscriber.groupName);
    w.put({ item: 'FL62', col: 69, line: b, width: 13 }, r.groupNumber);
    if (r.current) layoutAuthorization(w, claim, 50 + row);
  }
  w.put({ item: 'FL56', col: 72, line: 41, width: 10 }, claim.billingProvider.npi);
}

function layoutAuthorization(w: PageWriter, claim: Claim, line: number): void {
  w.put({ item: 'FL63', col: 2, line, width: 30 }, claim.priorAuthorization);
  if (claim.frequencyCode === '1') return;
  if (!claim.payerClaimControlNumber) {
    w.warn({
      code: 'DATA_INCONSISTENT', severity: 'error', item: 'FL64',
      message: `Frequency ${claim.frequencyCode} needs the payer's original claim number (payerClaimControlNumber) in FL64.`,
    });
  }
  w.put({ item: 'FL64', col: 33, line, width: 26 }, claim.payerClaimControlNumber);
}

export const UB04_MAX_DIAGNOSES = 18;

/** FL66-73: ICD-10 qualifier 0, the principal and up to seventeen other diagnoses with POA, admitting and reason for visit. */
export function layoutDiagnoses(w: PageWriter, claim: Claim, inst: InstitutionalData): void {
  w.put({ item: 'FL66', col: 2, line: 54, width: 1 }, '0');
  claim.diagnoses.slice(0, UB04_MAX_DIAGNOSES).forEach((dx, i) => {
    const cell = ub04DiagnosisCell(i);
    w.put({ item: cell.item, col: cell.col, line: cell.line, width: 7 }, dx.code.replace('.', ''));
    w.put({ item: cell.item, col: cell.col + 7, line: cell.line, width: 1 }, dx.presentOnAdmission);
  });
  tooMany(w, 'FL67', 'diagnoses', claim.diagnoses.map((d) => d.code), UB04_MAX_DIAGNOSES);
  w.put({ item: 'FL69', col: 5, line: 55, width: 7 }, inst.admittingDiagnosis);
  inst.reasonForVisitDiagnoses.slice(0, 3).forEach((code, i) => w.put({ item: 'FL70', col: 18 + i * 8, line: 55, width: 7 }, code));
  tooMany(w, 'FL70', 'patient reason for visit diagnoses', inst.reasonForVisitDiagnoses, 3);
  w.put({ item: 'FL71', col: 49, line: 55, width: 4 }, inst.drgCode);
}

/** FL74 principal and a-e other procedures (ICD-10-PCS and date), FL76-77 physicians. */
export function layoutProcedures(w: PageWriter, inst: InstitutionalData): void {
  const all = [...(inst.principalProcedure ? [inst.principalProcedure] : []), ...inst.otherProcedures];
  all.slice(0, 6).forEach((p, i) => {
    const base = 1 + (i % 3) * 15;
    const line = i < 3 ? 57 : 59;
    w.put({ item: 'FL74', col: base + 1, line, width: 7 }, p.code);
    w.put({ item: 'FL74', col: base + 9, line, width: 6 }, mmddyy(p.date));
  });
  tooMany(w, 'FL74', 'procedures', all.map((p) => p.code), 6);
  putPhysician(w, 'FL76', 56, inst.attendingProvider);
  putPhysician(w, 'FL77', 58, inst.operatingProvider);
}

function putPhysician(w: PageWriter, item: string, line: number, p: ClaimProvider | undefined): void {
  if (!p) return;
  w.put({ item, col: 59, line, width: 10 }, p.npi);
  w.put({ item, col: 53, line: line + 1, width: 14, overflow: 'truncate' }, p.lastNameOrOrganization.replace(/\./g, ''));
  w.put({ item, col: 70, line: line + 1, width: 12, overflow: 'truncate' }, p.firstName);
}

/** FL80 remarks wrap by word over four lines (the first shortened by the caption); FL81 a: B3 and the taxonomy. */
export function layoutRemarks(w: PageWriter, claim: Claim): void {
  const widths = [19, 24, 24, 24];
  const rows = wrapWords((claim.note ?? '').toUpperCase(), widths);
  rows.printed.forEach((text, i) => w.put({ item: 'FL80', col: i === 0 ? 7 : 2, line: 60 + i, width: widths[i] ?? 24 }, text));
  if (rows.rest !== '') {
    w.warn({
      code: 'FIELD_TOO_LONG', severity: 'error', item: 'FL80',
      message: `Remarks do not fit the four lines of FL80; not printed: "${rows.rest}".`,
    });
  }
  const taxonomy = claim.billingProvider.taxonomyCode;
  if (taxonomy) {
    w.put({ item: 'FL81', col: 29, line: 60, width: 2 }, 'B3');
    w.put({ item: 'FL81', col: 32, line: 60, width: 10 }, taxonomy);
  }
}

export function wrapWords(text: string, widths: number[]): { printed: string[]; rest: string } {
  const words = text.split(/\s+/).filter((s) => s !== '');
  const printed: string[] = [];
  let i = 0;
  for (const width of widths) {
    let row = '';
    while (i < words.length) {
      const word = words[i]!;
      const next = row === '' ? word : `${row} ${word}`;
      if (next.length <= width) { row = next; i++; continue; }
      if (row === '') { row = word.slice(0, width); words[i] = word.slice(width); }
      break;
    }
    if (row === '') break;
    printed.push(row);
  }
  return { printed, rest: words.slice(i).join(' ') };
}
