// TA1 Interchange Acknowledgment: one segment between ISA and IEA saying whether the interchange
// envelope itself was readable (A accepted, E accepted with errors, R rejected) with a note code.
import type { Segment, X12Finding } from '../index-types';
import type { InterchangeHeader } from '../envelope-types';
import { seg, type OutSegment } from '../writer';

export interface Ta1 {
  /** TA101: the ISA13 acknowledged. */
  interchangeControlNumber: string;
  /** TA102: ISA09 (YYMMDD). */
  interchangeDate: string;
  /** TA103: ISA10 (HHMM). */
  interchangeTime: string;
  /** TA104: A accepted, E accepted with errors, R rejected. */
  acknowledgmentCode: string;
  /** TA105: 000 no error, 001 control numbers differ, 021 invalid group count, 023 premature end of file, 024 invalid content... */
  noteCode: string;
}

export const TA1_NOTE_CODES: Readonly<Record<string, string>> = {
  '000': 'No error',
  '001': 'The Interchange Control Number in the Header and Trailer Do Not Match',
  '005': 'Invalid Interchange ID Qualifier for Sender',
  '006': 'Invalid Interchange Sender ID',
  '007': 'Invalid Interchange ID Qualifier for Receiver',
  '008': 'Invalid Interchange Receiver ID',
  '011': 'Invalid Authorization Information Value',
  '013': 'Invalid Security Information Qualifier',
  '014': 'Invalid Interchange Date Value',
  '015': 'Invalid Interchange Time Value',
  '017': 'Invalid Interchange Control Version ID Value',
  '018': 'Invalid Interchange Control Number Value',
  '019': 'Invalid Acknowledgment Requested Value',
  '020': 'Invalid Test Indicator Value',
  '021': 'Invalid Number of Included Groups Value',
  '023': 'Improper (Premature) End-of-File (Transmission)',
  '024': 'Invalid Interchange Content (e.g., Invalid GS Segment)',
};

export function parseTa1(s: Segment): { ta1: Ta1; findings: X12Finding[] } {
  const e = (n: number) => s.elements[n] ?? '';
  const ta1: Ta1 = { interchangeControlNumber: e(1), interchangeDate: e(2), interchangeTime: e(3), acknowledgmentCode: e(4), noteCode: e(5) };
  const findings: X12Finding[] = [];
  const bad = (element: string, message: string) => findings.push({ severity: 'error', code: 'x12.ta1.field', segmentPosition: s.position, segmentId: 'TA1', element, message });
  if (!/^\d{9}$/.test(ta1.interchangeControlNumber)) bad('TA101', `TA101 "${ta1.interchangeControlNumber}" must be the 9-digit ISA13.`);
  if (!/^\d{6}$/.test(ta1.interchangeDate)) bad('TA102', `TA102 "${ta1.interchangeDate}" must be a YYMMDD date.`);
  if (!/^\d{4}$/.test(ta1.interchangeTime)) bad('TA103', `TA103 "${ta1.interchangeTime}" must be an HHMM time.`);
  if (!['A', 'E', 'R'].includes(ta1.acknowledgmentCode)) bad('TA104', `TA104 "${ta1.acknowledgmentCode}" must be A, E or R.`);
  if (!TA1_NOTE_CODES[ta1.noteCode]) bad('TA105', `TA105 "${ta1.noteCode}" is not a TA1 note code.`);
  return { ta1, findings };
}

export function generateTa1(ta1: Ta1): OutSegment {
  return seg('TA1', ta1.interchangeControlNumber, ta1.interchangeDate, ta1.interchangeTime, ta1.acknowledgmentCode, ta1.noteCode);
}

/** The TA1 answering an interchange, from the reader's interchange-level findings (those with a TA105 code). */
export function ta1FromFindings(interchange: InterchangeHeader, findings: readonly X12Finding[]): Ta1 {
  const errors = findings.filter((f) => f.severity === 'error' && f.ta105);
  return {
    interchangeControlNumber: interchange.controlNumber,
    interchangeDate: interchange.date,
    interchangeTime: interchange.time,
    acknowledgmentCode: errors.length > 0 ? 'R' : 'A',
    noteCode: errors[0]?.ta105 ?? '000',
  };
}
