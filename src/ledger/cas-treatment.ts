// How a CAS adjustment lands in the books. PR moves the balance to the patient. The reductions a
// contract or a law imposes and the practice accepts (fee schedule, sequestration, multiple-procedure
// discount, capitation, prior payer's adjudication) are adjusted off. Everything else is a denial: by
// default its amount stays on the line receivable, open, until someone works it (appeal, correct and
// resubmit, or write off), because a denial is not money the practice has agreed to give up.
import type { CasAdjustment } from './remittance';

const ACCEPTED_REDUCTIONS: ReadonlySet<string> = new Set([
  '23', // impact of prior payer(s) adjudication
  '24', // covered under a capitation agreement
  '42', // exceeds fee schedule / maximum allowable (retired, still sent)
  '44', // prompt-pay discount
  '45', // exceeds fee schedule / contracted amount
  '59', // multiple or concurrent procedure rules
  '94', // processed in excess of charges
  '104', // managed care withholding
  '131', // claim-specific negotiated discount
  '237', // legislated / regulatory penalty
  '253', // sequestration
]);

/** Patient responsibility reasons that are ordinary cost sharing rather than a denial shifted to the patient. */
const COST_SHARING: ReadonlySet<string> = new Set(['1', '2', '3', '66', '122', '241', '248']);

export type CasTreatment = 'contractual' | 'patient' | 'denial';

export function casTreatment(adj: Pick<CasAdjustment, 'group' | 'reason'>): CasTreatment {
  if (adj.group === 'PR') return 'patient';
  return ACCEPTED_REDUCTIONS.has(adj.reason) ? 'contractual' : 'denial';
}

/** True when an adjustment needs a person: a denial, or a PR adjustment that is not cost sharing (e.g. PR-204 non-covered). */
export function isDenialAdjustment(adj: Pick<CasAdjustment, 'group' | 'reason'>): boolean {
  return adj.group === 'PR' ? !COST_SHARING.has(adj.reason) : casTreatment(adj) === 'denial';
}
