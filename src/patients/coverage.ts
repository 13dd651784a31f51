import { isWithin, type CalendarDate } from '../dates/index';
import type { Coverage } from './types';

/** The coverages in force on a date of service, in order of benefits (primary first). */
export function coveragesOn(coverages: readonly Coverage[], dateOfService: CalendarDate): Coverage[] {
  return coverages
    .filter((c) => isWithin(dateOfService, c.effectiveFrom, c.effectiveTo))
    .sort((a, b) => a.priority - b.priority);
}
