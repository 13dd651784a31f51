// The payer must receive the claim within its filing window from the date of service (Medicare: one
// calendar year). Past it the claim is denied (CARC 29); near it, send it first.
import type { CalendarDate } from '../dates/index';
import { addDays, daysBetween } from '../dates/index';
import { finding } from './claim-facts';
import type { Edit } from './types';

const ID = 'claim.timely-filing';
const WARN_DAYS = 30;

export const timelyFiling: Edit = {
  id: ID,
  title: 'Timely filing window',
  severity: 'error',
  run({ claim, payer, today }) {
    if (claim.frequencyCode === '8' || claim.lines.length === 0) return [];
    const earliest = claim.lines.reduce<CalendarDate>((d, l) => (l.serviceDate < d ? l.serviceDate : d), claim.lines[0]!.serviceDate);
    const age = daysBetween(earliest, today);
    const deadline = addDays(earliest, payer.timelyFilingDays);
    if (age > payer.timelyFilingDays) {
      return [finding(ID, 'error', 'statementFrom',
        `The earliest date of service (${earliest}) is ${age} days ago; this payer's filing limit is ${payer.timelyFilingDays} days (deadline ${deadline})`,
        'Send it only with proof of timely filing (an earlier acceptance report or payer correspondence) or an exception; otherwise write the charge off as a timely-filing adjustment')];
    }
    if (age > payer.timelyFilingDays - WARN_DAYS) {
      return [finding(ID, 'warning', 'statementFrom', `Only ${payer.timelyFilingDays - age} days are left to file this claim (deadline ${deadline})`,
        'Send this claim first and keep its acceptance report as proof of timely filing')];
    }
    return [];
  },
};
