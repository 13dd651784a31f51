// Fixed-format checks of the ISA and GS headers (the checklist's section 1).
import type { Segment, X12Finding } from './segment';

type Extra = Partial<Pick<X12Finding, 'element' | 'ik304' | 'ik403' | 'ik502' | 'ak905' | 'ta105' | 'value' | 'loop'>>;

export function finding(s: Segment, code: string, message: string, extra: Extra = {}, severity: X12Finding['severity'] = 'error'): X12Finding {
  return { severity, code, segmentPosition: s.position, segmentId: s.id, message, ...extra };
}

const ISA_FIELDS: readonly [number, RegExp, string, string][] = [
  [1, /^\d{2}$/, '2-digit authorization qualifier', '011'],
  [2, /^.{10}$/, '10 characters (space-padded)', '011'],
  [3, /^\d{2}$/, '2-digit security qualifier', '013'],
  [4, /^.{10}$/, '10 characters (space-padded)', '014'],
  [5, /^[A-Z0-9]{2}$/, '2-character sender id qualifier', '005'],
  [6, /^.{15}$/, '15 characters (space-padded)', '006'],
  [7, /^[A-Z0-9]{2}$/, '2-character receiver id qualifier', '007'],
  [8, /^.{15}$/, '15 characters (space-padded)', '008'],
  [9, /^\d{6}$/, 'a YYMMDD date', '014'],
  [10, /^\d{4}$/, 'an HHMM time', '015'],
  [12, /^\d{5}$/, 'a 5-digit version (00501)', '017'],
  [13, /^\d{9}$/, '9 digits', '018'],
  [14, /^[01]$/, '0 or 1', '019'],
  [15, /^[PTI]$/, 'P (production) or T (test)', '020'],
];

export function checkIsa(s: Segment): X12Finding[] {
  const out: X12Finding[] = [];
  if (s.elements.length !== 17) {
    out.push(finding(s, 'x12.isa.element_count', `ISA must have 16 elements; it has ${s.elements.length - 1}.`, { ik304: '8', ta105: '024' }));
  }
  for (const [n, re, what, ta105] of ISA_FIELDS) {
    const v = s.elements[n] ?? '';
    if (!re.test(v)) {
      const ref = `ISA${String(n).padStart(2, '0')}`;
      out.push(finding(s, 'x12.isa.field', `${ref} "${v}" must be ${what}.`, { element: ref, ta105, value: v }));
    }
  }
  return out;
}

export function checkGs(s: Segment): X12Finding[] {
  const out: X12Finding[] = [];
  const checks: [number, RegExp, string][] = [
    [1, /^[A-Z]{2}$/, 'a 2-letter functional identifier code'],
    [2, /^.{2,15}$/, '2 to 15 characters'],
    [3, /^.{2,15}$/, '2 to 15 characters'],
    [4, /^\d{8}$/, 'a CCYYMMDD date'],
    [5, /^\d{4}(\d{2}(\d{1,2})?)?$/, 'an HHMM[SS[dd]] time'],
    [6, /^\d{1,9}$/, '1 to 9 digits'],
    [7, /^X$/, 'X'],
    [8, /^.{1,12}$/, 'the version / guide id (e.g. 005010X221A1)'],
  ];
  for (const [n, re, what] of checks) {
    const v = s.elements[n] ?? '';
    if (!re.test(v)) {
      const ref = `GS${String(n).padStart(2, '0')}`;
      out.push(finding(s, 'x12.gs.field', `${ref} "${v}" must be ${what}.`, { element: ref, ak905: '1', value: v }));
    }
  }
  return out;
}
