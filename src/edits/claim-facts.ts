// Facts about a claim the edits share: who the patient is, which diagnoses a line points to, which
// lines fall on the same date of service, and the NCCI-associated modifiers.
import type { Claim, ClaimLine, ClaimPerson } from '../claims/index';
import type { CalendarDate } from '../dates/index';
import type { EditFinding, Severity } from './types';

/** The patient: the 2010CA patient when not the subscriber, else the subscriber. */
export function patientOf(claim: Claim): ClaimPerson {
  return claim.patient ?? claim.subscriber;
}

export function linePath(index: number, field?: string): string {
  return `lines[${index}]${field ? `.${field}` : ''}`;
}

/**
 * Diagnosis codes (no dot) a line points to, in pointer order; pointers that point nowhere are skipped.
 * Institutional lines carry no pointers: every diagnosis of the claim supports them.
 */
export function lineDiagnoses(claim: Claim, line: ClaimLine): string[] {
  if (claim.kind === 'institutional') return claim.diagnoses.map((d) => d.code.replace('.', '').toUpperCase());
  const out: string[] = [];
  for (const p of line.diagnosisPointers) {
    const d = claim.diagnoses[p - 1];
    if (d) out.push(d.code.replace('.', '').toUpperCase());
  }
  return out;
}

/** The date a diagnosis is judged on: the earliest line that points to it, else the statement start. */
export function diagnosisDate(claim: Claim, index: number): CalendarDate {
  let date: CalendarDate | undefined;
  for (const line of claim.lines) {
    if (line.diagnosisPointers.includes(index + 1) && (!date || line.serviceDate < date)) date = line.serviceDate;
  }
  return date ?? claim.statementFrom;
}

/** Line indices grouped by date of service. */
export function linesByDate(claim: Claim): Map<CalendarDate, number[]> {
  const by = new Map<CalendarDate, number[]>();
  claim.lines.forEach((line, i) => {
    const at = by.get(line.serviceDate);
    if (at) at.push(i);
    else by.set(line.serviceDate, [i]);
  });
  return by;
}

/** Modifiers that tell the payer a PTP pair was a distinct service (NCCI Policy Manual, chapter I). */
export const DISTINCT_SERVICE_MODIFIERS: ReadonlySet<string> = new Set(['59', 'XE', 'XS', 'XP', 'XU']);

/** Other NCCI-associated modifiers: global surgery (24, 25, 57, 58, 78, 79), 27 and 91. */
export const OTHER_NCCI_MODIFIERS: ReadonlySet<string> = new Set(['24', '25', '57', '58', '78', '79', '27', '91']);

/** Anatomic modifiers: the two services were on different sides, eyelids, digits or coronary arteries. */
export const ANATOMIC_MODIFIERS: ReadonlySet<string> = new Set([
  'LT', 'RT', 'E1', 'E2', 'E3', 'E4', 'FA', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9',
  'TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'LC', 'LD', 'LM', 'RC', 'RI',
]);

export function finding(editId: string, severity: Severity, path: string, message: string, suggestedFix: string, lineNumber?: number): EditFinding {
  return { editId, severity, path, message, suggestedFix, ...(lineNumber !== undefined ? { lineNumber } : {}) };
}

/** "line 2 (99213)" */
export function describeLine(line: ClaimLine): string {
  return `line ${line.lineNumber} (${line.procedureCode}${line.modifiers.length ? `-${line.modifiers.join('-')}` : ''})`;
}
