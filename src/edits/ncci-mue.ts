// Medically unlikely edits: the most units of a code a provider would report for one patient on one
// date. MAI 1 is checked per line; MAI 2 (absolute, from policy) and 3 (clinical) per date of service,
// summing this claim's lines and the same patient's earlier claims for that date.
import type { Claim, ClaimLine } from '../claims/index';
import { describeLine, finding, linePath } from './claim-facts';
import type { MueEdit } from './ncci/mue-aoc';
import type { Edit, EditFinding, PriorClaim } from './types';

const ID = 'ncci.mue';

const LIVE = new Set(['submitted', 'accepted', 'paid', 'partially_paid', 'appealed']);

function priorUnits(prior: readonly PriorClaim[], claim: Claim, line: ClaimLine): number {
  let units = 0;
  for (const p of prior) {
    if (p.claim.id === claim.id || !LIVE.has(p.status)) continue;
    for (const l of p.claim.lines) if (l.procedureCode === line.procedureCode && l.serviceDate === line.serviceDate) units += l.units;
  }
  return units;
}

function kindOf(mue: MueEdit): string {
  return mue.mai === 1 ? 'per line' : mue.mai === 2 ? 'per day, an absolute policy limit' : 'per day, a clinical limit';
}

function fixFor(mue: MueEdit): string {
  if (mue.mai === 1) return 'Check the units; if more were truly given (e.g. both sides, separate lesions), report them on separate lines with the modifiers that show it (RT/LT, 59/XS, 76/91)';
  if (mue.mai === 2) return 'Correct the units: this limit comes from policy or coding instructions and is not paid above it even on appeal';
  return 'Correct the units, or if the record supports more, expect a denial of the line and appeal with the documentation';
}

export const ncciMue: Edit = {
  id: ID,
  title: 'Medically unlikely edits (units of service)',
  severity: 'error',
  run({ claim, tables, priorClaims, payer }) {
    const out: EditFinding[] = [];
    const perDay = new Map<string, { units: number; last: number }>();
    claim.lines.forEach((line, i) => {
      const mue = tables.mue.get(line.procedureCode);
      if (!mue) return;
      if (mue.units === 0) {
        // An MUE of 0: Medicare does not pay the code as a practitioner service at all (e.g. preventive visits).
        // These are Medicare's tables: Medicaid (well-child care, EPSDT) and commercial plans get a warning only.
        const government = payer.category === 'medicare';
        out.push(finding(ID, government ? 'error' : 'warning', linePath(i, 'procedureCode'),
          `${describeLine(line)}: the MUE is 0 (${mue.rationale || 'CMS'}): Medicare does not pay this code for practitioner services`,
          government ? 'Bill the service the program covers (e.g. G0438/G0439 for an annual wellness visit), or bill the patient with an ABN on file (modifier GA/GY)'
            : 'Check that this payer covers the code; Medicare\'s MUE tables do not apply to Medicaid or every commercial plan',
          line.lineNumber));
        return;
      }
      if (line.units > mue.units) {
        out.push(finding(ID, 'error', linePath(i, 'units'),
          `${describeLine(line)} reports ${line.units} units; the MUE is ${mue.units} ${kindOf(mue)} (${mue.rationale || 'CMS'})`, fixFor(mue), line.lineNumber));
        return;
      }
      if (mue.mai === 1) return;
      const key = `${line.procedureCode}|${line.serviceDate}`;
      const day = perDay.get(key) ?? { units: priorUnits(priorClaims, claim, line), last: i };
      day.units += line.units;
      day.last = i;
      perDay.set(key, day);
    });
    for (const [key, day] of perDay) {
      const line = claim.lines[day.last]!;
      const mue = tables.mue.get(line.procedureCode)!;
      if (day.units <= mue.units) continue;
      out.push(finding(ID, 'error', linePath(day.last, 'units'),
        `${line.procedureCode} totals ${day.units} units on ${key.split('|')[1]!} (this claim and claims already sent); the MUE is ${mue.units} ${kindOf(mue)}`,
        fixFor(mue), line.lineNumber));
    }
    return out;
  },
};
