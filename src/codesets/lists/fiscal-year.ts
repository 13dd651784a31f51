// The federal fiscal year of ICD-10 releases: FY2024 runs 2023-10-01 through 2024-09-30.
import type { CalendarDate } from '../../dates/index';
import type { EffectiveWindow } from '../types';

export function fiscalYearWindowOf(fiscalYear: number): EffectiveWindow {
  return { from: `${fiscalYear - 1}-10-01` as CalendarDate, to: `${fiscalYear}-09-30` as CalendarDate };
}
