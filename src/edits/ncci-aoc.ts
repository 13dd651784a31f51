// Add-on codes are paid only with a primary procedure on the same date by the same practitioner.
// Type 1: only with the listed primaries (error). Type 3: the listed primaries or others the payer
// accepts (warning). Type 2: the payer defines the primaries (warning when no other procedure is there).
import { describeLine, finding, linePath, linesByDate } from './claim-facts';
import type { Edit, EditFinding } from './types';

const ID = 'ncci.aoc';

export const ncciAoc: Edit = {
  id: ID,
  title: 'Add-on codes without their primary procedure',
  severity: 'error',
  run({ claim, tables }) {
    const out: EditFinding[] = [];
    for (const [date, indices] of linesByDate(claim)) {
      const codes = new Set(indices.map((i) => claim.lines[i]!.procedureCode));
      for (const i of indices) {
        const line = claim.lines[i]!;
        const aoc = tables.aoc.get(line.procedureCode);
        if (!aoc) continue;
        const hasListed = [...aoc.primaries].some((p) => codes.has(p));
        if (hasListed) continue;
        const others = [...codes].filter((c) => c !== line.procedureCode && !tables.aoc.get(c));
        if (aoc.type === 2 || aoc.anyPrimary) {
          if (others.length > 0) continue;
          out.push(finding(ID, 'warning', linePath(i, 'procedureCode'),
            `${describeLine(line)} is an add-on code and nothing else was billed on ${date}: the payer defines which primary procedures it goes with`,
            'Add the primary procedure performed in the same session, or remove the add-on code', line.lineNumber));
          continue;
        }
        const listed = [...aoc.primaries].slice(0, 6).join(', ') + (aoc.primaries.size > 6 ? ', ...' : '');
        out.push(finding(ID, aoc.type === 1 ? 'error' : 'warning', linePath(i, 'procedureCode'),
          `${describeLine(line)} is an add-on code billed on ${date} without one of its primary procedures (${listed})${aoc.type === 3 ? '; the payer may accept another primary' : ''}`,
          `Bill the primary procedure performed in the same session (e.g. ${[...aoc.primaries][0] ?? 'the primary'}) on the same claim and date, or remove the add-on code`,
          line.lineNumber));
      }
    }
    return out;
  },
};
