// Turning remitted denials into work: one item per claim and root cause (a claim denied CO-50 on three
// lines is one appeal, not three), routed to the coder queue for coding causes and the biller queue
// otherwise, due by the payer's deadline, prioritised by the money at stake.
import type { CalendarDate } from '../dates/index';
import { cents, type Cents } from '../money/index';
import { classifyDenial, denialDeadlines, type DenialClassification, type DenialDeadlines, type DenialInput, type PayerLimits } from './classify';
import type { AdjustmentCodeList } from './code-list';
import type { CodingIssue, DenialRootCause, WorkQueue } from './root-causes';

/** One denied adjustment from a posted remittance (the ledger's DenialAdjustment has this shape). */
export interface RemittedDenial {
  /** Stable name of the adjustment (the posting's idempotency key). */
  key: string;
  claimId: string;
  claimLineId?: string;
  procedureCode?: string;
  modifiers?: readonly string[];
  serviceDate?: CalendarDate;
  group: DenialInput['group'];
  reason: string;
  amount: Cents;
  remarkCodes: readonly string[];
}

export interface DeniedLine {
  claimLineId?: string;
  procedureCode?: string;
  modifiers: string[];
  group: string;
  carc: string;
  rarcs: string[];
  amount: Cents;
}

/** A work item in the shape of the work_items table. */
export interface DenialWorkItemDraft {
  /** Same denials, same key: storing a draft twice creates one item. */
  sourceKey: string;
  queue: WorkQueue;
  kind: 'denial';
  rootCause: DenialRootCause;
  recommendedAction: string;
  dueDate?: CalendarDate;
  priority: 1 | 2 | 3;
  claimId: string;
  detail: { codingIssue?: CodingIssue; amount: Cents; lines: DeniedLine[]; deadlines: DenialDeadlines };
}

export interface DenialWorkContext {
  remittanceDate: CalendarDate;
  payer: PayerLimits;
  /** The claim's date of service, for denials whose line is unknown. */
  serviceDateOf?: (claimId: string) => CalendarDate | undefined;
}

/** Priority by the money at stake: $1,000 and up is 1, $200 and up is 2. */
export function priorityFor(amount: Cents): 1 | 2 | 3 {
  return amount >= 100_000 ? 1 : amount >= 20_000 ? 2 : 3;
}

export function workItemsForDenials(denials: readonly RemittedDenial[], ctx: DenialWorkContext, codes?: AdjustmentCodeList): DenialWorkItemDraft[] {
  const groups = new Map<string, { c: DenialClassification; items: RemittedDenial[] }>();
  for (const d of denials) {
    const c = classifyDenial({ group: d.group, carc: d.reason, rarcs: d.remarkCodes }, codes, ctx.remittanceDate);
    if (c.path === 'none' || c.rootCause === 'patient_responsibility') continue;
    const id = `${d.claimId}|${c.rootCause}|${c.codingIssue ?? ''}|${c.path}`;
    const g = groups.get(id) ?? { c, items: [] };
    g.items.push(d);
    groups.set(id, g);
  }
  return [...groups.values()].map(({ c, items }) => draft(c, items, ctx));
}

function draft(c: DenialClassification, items: RemittedDenial[], ctx: DenialWorkContext): DenialWorkItemDraft {
  const first = items[0]!;
  const serviceDate = items.map((d) => d.serviceDate).filter((d): d is CalendarDate => !!d).sort()[0] ?? ctx.serviceDateOf?.(first.claimId) ?? ctx.remittanceDate;
  const deadlines = denialDeadlines(c.path, serviceDate, ctx.remittanceDate, ctx.payer);
  const amount = cents(items.reduce((a, d) => a + d.amount, 0));
  return {
    sourceKey: `denial:${[...items.map((d) => d.key)].sort()[0]!}`,
    queue: c.queue,
    kind: 'denial',
    rootCause: c.rootCause,
    recommendedAction: c.recommendedAction,
    ...(deadlines.dueDate ? { dueDate: deadlines.dueDate } : {}),
    priority: priorityFor(amount),
    claimId: first.claimId,
    detail: {
      ...(c.codingIssue ? { codingIssue: c.codingIssue } : {}),
      amount,
      lines: items.map((d) => ({
        ...(d.claimLineId ? { claimLineId: d.claimLineId } : {}), ...(d.procedureCode ? { procedureCode: d.procedureCode } : {}),
        modifiers: [...(d.modifiers ?? [])], group: d.group, carc: d.reason, rarcs: [...d.remarkCodes], amount: d.amount,
      })),
      deadlines,
    },
  };
}

export interface CodingFeedbackRow {
  codingIssue: CodingIssue;
  procedureCode: string;
  /** CARCs seen, most frequent first. */
  carcs: string[];
  denials: number;
  amount: Cents;
}

/**
 * Coding denials summarised for the coders: which codes are denied for which coding cause, how often and
 * for how much, largest first. This is the feedback loop from the remittance back to coding education
 * and to the coding rules.
 */
export function codingFeedback(items: readonly DenialWorkItemDraft[]): CodingFeedbackRow[] {
  const rows = new Map<string, { row: CodingFeedbackRow; carcs: Map<string, number> }>();
  for (const item of items) {
    const issue = item.detail.codingIssue;
    if (item.rootCause !== 'coding' || !issue) continue;
    for (const line of item.detail.lines) {
      const code = line.procedureCode ?? 'unknown';
      const id = `${issue}|${code}`;
      const r = rows.get(id) ?? { row: { codingIssue: issue, procedureCode: code, carcs: [], denials: 0, amount: cents(0) }, carcs: new Map<string, number>() };
      r.row.denials += 1;
      r.row.amount = cents(r.row.amount + line.amount);
      r.carcs.set(line.carc, (r.carcs.get(line.carc) ?? 0) + 1);
      rows.set(id, r);
    }
  }
  return [...rows.values()]
    .map(({ row, carcs }) => ({ ...row, carcs: [...carcs].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c) }))
    .sort((a, b) => b.amount - a.amount || a.procedureCode.localeCompare(b.procedureCode));
}
