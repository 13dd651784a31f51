// Payer-specific rules declared as data (rules/payer-rule-schema.ts): each rule that matches a line
// holds the claim (action hold → error) or warns.
import type { Claim, ClaimLine } from '../claims/index';
import { finding, lineDiagnoses, linePath } from './claim-facts';
import { matchesCodeList } from './rules/code-match';
import type { PayerRule } from './rules/payer-rule-schema';
import type { Edit, EditFinding, PayerSettings } from './types';

const ID = 'payer.rules';

export function payerRuleMatches(rule: PayerRule, claim: Claim, line: ClaimLine, payer: PayerSettings): boolean {
  const w = rule.when;
  if (w.payerIds && !w.payerIds.includes(claim.payer.payerId)) return false;
  if (w.payerCategories && !w.payerCategories.includes(payer.category)) return false;
  if (w.procedureCodes && !matchesCodeList(line.procedureCode, w.procedureCodes, false)) return false;
  if (w.modifiersPresent && !line.modifiers.some((m) => w.modifiersPresent!.includes(m))) return false;
  if (w.modifiersAbsent && line.modifiers.some((m) => w.modifiersAbsent!.includes(m))) return false;
  if (w.placesOfService && !w.placesOfService.includes(line.placeOfService ?? claim.placeOfService)) return false;
  if (w.diagnoses && !lineDiagnoses(claim, line).some((d) => matchesCodeList(d, w.diagnoses!, true))) return false;
  if (w.unitsAbove !== undefined && !(line.units > w.unitsAbove)) return false;
  return true;
}

export const payerRules: Edit = {
  id: ID,
  title: 'Payer-specific rules (rules file)',
  severity: 'error',
  run({ claim, rules, payer }) {
    const out: EditFinding[] = [];
    claim.lines.forEach((line, i) => {
      for (const rule of rules.payerRules) {
        if (!payerRuleMatches(rule, claim, line, payer)) continue;
        out.push(finding(`${ID}.${rule.id}`, rule.action === 'hold' ? 'error' : 'warning', linePath(i),
          `Line ${line.lineNumber} (${line.procedureCode}): ${rule.message}`, rule.suggestedFix, line.lineNumber));
      }
    });
    return out;
  },
};
