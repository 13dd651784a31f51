import type { Cents } from '../money/index';
import type { FeeSchedule } from './types';

/** The charge for a code: the exact modifier's price when the schedule has one, else the unmodified code. */
export function feeFor(schedule: FeeSchedule, code: string, modifiers: readonly string[] = []): Cents | undefined {
  for (const m of modifiers) {
    const priced = schedule.items.find((i) => i.code === code && i.modifier === m);
    if (priced) return priced.amount;
  }
  return schedule.items.find((i) => i.code === code && i.modifier === '')?.amount;
}
