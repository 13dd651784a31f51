// Every NM1 with qualifier XX must carry a valid NPI: ten digits starting with 1 or 2 and a Luhn check
// digit. Payers reject claims whose NPIs fail it, so the reader reports them with their position.
import { isValidNpi } from '../deps';
import type { X12Finding } from '../segment';
import type { NM1Segment } from './segments';

function isName(v: unknown): v is NM1Segment {
  return !!v && typeof v === 'object' && 'entityIdentifierCode' in v && 'identificationCodeQualifier' in v;
}

/** Walks the typed transaction (or any part of it) for NM1*..*XX with an invalid NPI. */
export function checkNpis(root: unknown, positions: ReadonlyMap<object, number>, out: X12Finding[] = []): X12Finding[] {
  const visit = (v: unknown, loop: string): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x, loop);
      return;
    }
    if (!v || typeof v !== 'object') return;
    if (isName(v)) {
      const npi = v.identificationCode ?? '';
      if (v.identificationCodeQualifier === 'XX' && !isValidNpi(npi)) {
        out.push({
          severity: 'error', code: '837.npi.invalid', segmentPosition: positions.get(v) ?? 0, segmentId: 'NM1', loop, element: 'NM109',
          message: `NPI "${npi}" (NM1*${v.entityIdentifierCode ?? ''}) is not a valid NPI: ten digits starting with 1 or 2 with a correct check digit.`,
        });
      }
      return;
    }
    for (const [k, x] of Object.entries(v)) visit(x, k.startsWith('loop') ? k.slice(4) : loop);
  };
  visit(root, '');
  return out;
}

/** The check on the NM1s the reader collected (fast path of checkNpis for a freshly read transaction). */
export function checkNpiNames(names: readonly { name: NM1Segment; loop: string }[], positions: ReadonlyMap<object, number>): X12Finding[] {
  const out: X12Finding[] = [];
  for (const { name, loop } of names) {
    const npi = name.identificationCode ?? '';
    if (isValidNpi(npi)) continue;
    out.push({
      severity: 'error', code: '837.npi.invalid', segmentPosition: positions.get(name) ?? 0, segmentId: 'NM1', loop, element: 'NM109',
      message: `NPI "${npi}" (NM1*${name.entityIdentifierCode ?? ''}) is not a valid NPI: ten digits starting with 1 or 2 with a correct check digit.`,
    });
  }
  return out;
}
