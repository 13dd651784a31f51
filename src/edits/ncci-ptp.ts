// NCCI procedure-to-procedure edits: a column 2 code is not paid with its column 1 code for the same
// patient, provider and date of service, unless the modifier indicator is 1 and an NCCI-associated
// modifier shows the services were distinct. Indicator 9 means the edit no longer applies.
import type { Claim, ClaimLine } from '../claims/index';
import { ANATOMIC_MODIFIERS, DISTINCT_SERVICE_MODIFIERS, OTHER_NCCI_MODIFIERS, describeLine, finding, linePath, linesByDate } from './claim-facts';
import { dateNumber } from './ncci/codes';
import type { PtpEdit } from './ncci/ptp-table';
import type { Edit, EditFinding } from './types';

const ID = 'ncci.ptp';

/** Does a modifier on either line bypass an indicator-1 edit? Anatomic ones only when the sites differ. */
export function ptpBypassed(column1: ClaimLine, column2: ClaimLine): boolean {
  const all = [...column1.modifiers, ...column2.modifiers];
  if (all.some((m) => DISTINCT_SERVICE_MODIFIERS.has(m) || OTHER_NCCI_MODIFIERS.has(m))) return true;
  const a = column1.modifiers.filter((m) => ANATOMIC_MODIFIERS.has(m));
  const b = column2.modifiers.filter((m) => ANATOMIC_MODIFIERS.has(m));
  return a.length > 0 && b.length > 0 && !b.some((m) => a.includes(m));
}

function report(edit: PtpEdit, column1: ClaimLine, column2: ClaimLine, index2: number): EditFinding {
  const pair = `${edit.column2} is a column 2 code of ${edit.column1} (NCCI: ${edit.rationale || 'bundled'})`;
  if (edit.modifierIndicator === 0) {
    return finding(ID, 'error', linePath(index2, 'procedureCode'),
      `${describeLine(column2)} will be denied: ${pair}, and no modifier can unbundle this pair (modifier indicator 0)`,
      `Remove ${describeLine(column2)}: its payment is included in ${describeLine(column1)}`, column2.lineNumber);
  }
  return finding(ID, 'error', linePath(index2, 'modifiers'),
    `${describeLine(column2)} will be denied as bundled: ${pair}, billed on the same date without a modifier that shows a distinct service`,
    `If the record shows a separate session, site, practitioner or non-overlapping service, append XE, XS, XP or XU (or 59) to ${edit.column2}, or the anatomic modifiers (e.g. LT/RT) when the sides differ; otherwise remove the line`,
    column2.lineNumber);
}

/** PTP edits apply to services by the same provider. */
function sameProvider(claim: Claim, a: ClaimLine, b: ClaimLine): boolean {
  const npiA = (a.renderingProvider ?? claim.renderingProvider)?.npi;
  const npiB = (b.renderingProvider ?? claim.renderingProvider)?.npi;
  return npiA === npiB;
}

export const ncciPtp: Edit = {
  id: ID,
  title: 'NCCI procedure-to-procedure pairs on the same date of service',
  severity: 'error',
  run({ claim, tables }) {
    const out: EditFinding[] = [];
    for (const [date, indices] of linesByDate(claim)) {
      if (indices.length < 2) continue;
      const dos = dateNumber(date);
      for (const i of indices) {
        for (const j of indices) {
          if (i === j) continue;
          const l1 = claim.lines[i]!;
          const l2 = claim.lines[j]!;
          if (l1.procedureCode === l2.procedureCode || !sameProvider(claim, l1, l2)) continue;
          const edit = tables.ptp.find(l1.procedureCode, l2.procedureCode, dos);
          if (!edit || edit.modifierIndicator === 9) continue;
          if (edit.modifierIndicator === 1 && ptpBypassed(l1, l2)) continue;
          out.push(report(edit, l1, l2, j));
        }
      }
    }
    return out;
  },
};
