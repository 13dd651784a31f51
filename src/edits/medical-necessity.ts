// Coverage rules as data (LCD style): a procedure is covered only with listed diagnoses, and some only
// so often (screening colonoscopies). Rules come from a validated rules file (rules/coverage-schema.ts).
import type { Claim, ClaimLine } from '../claims/index';
import { daysBetween } from '../dates/index';
import { describeLine, finding, lineDiagnoses, linePath } from './claim-facts';
import { matchesCodeList } from './rules/code-match';
import type { CoverageRule } from './rules/coverage-schema';
import type { Edit, EditFinding, PriorClaim } from './types';

const ID = 'coverage.medical-necessity';
const COUNTED = new Set(['submitted', 'accepted', 'paid', 'partially_paid', 'appealed']);

function earlierServices(rule: CoverageRule, claim: Claim, line: ClaimLine, prior: readonly PriorClaim[], lineIndex: number): number {
  const window = rule.frequency!.perDays;
  const within = (l: ClaimLine) => matchesCodeList(l.procedureCode, rule.procedureCodes, false) && Math.abs(daysBetween(l.serviceDate, line.serviceDate)) < window;
  let n = 0;
  for (const p of prior) {
    if (p.claim.id === claim.id || !COUNTED.has(p.status)) continue;
    n += p.claim.lines.filter(within).length;
  }
  n += claim.lines.slice(0, lineIndex).filter(within).length;
  return n;
}

export const medicalNecessity: Edit = {
  id: ID,
  title: 'Medical necessity (coverage rules)',
  severity: 'error',
  run({ claim, rules, payer, priorClaims }) {
    const out: EditFinding[] = [];
    claim.lines.forEach((line, i) => {
      for (const rule of rules.coverage) {
        if (!matchesCodeList(line.procedureCode, rule.procedureCodes, false)) continue;
        if (rule.payerCategories && !rule.payerCategories.includes(payer.category)) continue;
        const dx = lineDiagnoses(claim, line);
        if (rule.coveredDiagnoses && !dx.some((d) => matchesCodeList(d, rule.coveredDiagnoses!, true))) {
          out.push(finding(ID, 'error', linePath(i, 'diagnosisPointers'), `${describeLine(line)}: ${rule.message} [${rule.id}]`, rule.suggestedFix, line.lineNumber));
          continue;
        }
        if (rule.frequency && earlierServices(rule, claim, line, priorClaims, i) >= rule.frequency.maxServices) {
          out.push(finding(ID, 'error', linePath(i, 'procedureCode'),
            `${describeLine(line)}: already billed ${rule.frequency.maxServices} time(s) within ${rule.frequency.perDays} days: ${rule.message} [${rule.id}]`, rule.suggestedFix, line.lineNumber));
        }
      }
    });
    return out;
  },
};
