// openrcm report ar|denials|kpi [--as-of DATE] [--json]: the revenue-cycle reports over stored data.
// Definitions (HFMA MAP Keys where HFMA defines one) are written down in src/reports/metrics.ts.
import { parseCalendarDate, todayUtc, type CalendarDate } from '../../dates/index';
import { usageError } from '../../errors/index';
import { cents, formatUsd } from '../../money/index';
import { AGING_BUCKETS, type AgingRow, type Rate } from '../../reports/index';
import { arReport, denialsReport, kpiReport, type ArReport, type DenialsReport, type KpiReport } from '../../workflows/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command, type CommandIo } from '../command';
import { withDb } from '../context';
import { stringOption } from '../parse';

const KINDS = ['ar', 'denials', 'kpi'] as const;

export const report: Command = {
  path: ['report'],
  summary: 'Revenue-cycle reports: A/R aging and days in A/R, denial rates and the open denial work, KPIs',
  usage: 'ar|denials|kpi [--as-of YYYY-MM-DD] [--json]',
  positionals: { min: 1, max: 1 },
  options: { ...DB_OPTIONS, ...ACTOR_OPTIONS, 'as-of': { type: 'string', valueName: 'DATE', description: 'age and measure as of this date (default today)' } },
  async run(args, io) {
    const kind = args.positionals[0]!;
    if (!(KINDS as readonly string[]).includes(kind)) throw usageError('report.kind', `unknown report '${kind}' (one of: ${KINDS.join(', ')})`);
    const text = stringOption(args, 'as-of');
    const asOf: CalendarDate | undefined = text === undefined ? todayUtc(new Date()) : parseCalendarDate(text);
    if (!asOf) throw usageError('report.as_of', `--as-of must be a date YYYY-MM-DD, got '${text}'`);
    const result = await withDb(args, io, async (db) => {
      const actor = await resolveActor(db, args, io, 'biller');
      return kind === 'ar' ? arReport(db, actor, asOf) : kind === 'denials' ? denialsReport(db, actor) : kpiReport(db, actor, asOf);
    });
    if (args.values.json) writeJson(io, result);
    else if (kind === 'ar') printAr(io, result as ArReport);
    else if (kind === 'denials') printDenials(io, result as DenialsReport);
    else printKpi(io, result as KpiReport);
    return 0;
  },
};

const pct = (r: Rate) => (r.rate === null ? 'n/a' : `${(r.rate * 100).toFixed(1)}% (${r.numerator} of ${r.denominator})`);

function agingLine(label: string, r: AgingRow): string {
  return `${label.slice(0, 28).padEnd(28)} ${AGING_BUCKETS.map((b) => formatUsd(r.buckets[b]).padStart(12)).join('')} ${formatUsd(r.total).padStart(13)}`;
}

function printAr(io: CommandIo, r: ArReport): void {
  writeLine(io, `A/R aging as of ${r.asOf} (from the date of service), by payer`);
  writeLine(io, `${''.padEnd(28)} ${AGING_BUCKETS.map((b) => b.padStart(12)).join('')} ${'total'.padStart(13)}`);
  for (const row of r.byPayer) writeLine(io, agingLine(row.key, row));
  writeLine(io, agingLine('TOTAL', r.total));
  writeLine(io, `${r.byPatient.length} patients with a balance; days in A/R (gross, 90 days): ${r.daysInAr === null ? 'n/a' : r.daysInAr.toFixed(1)}`);
}

function printDenials(io: CommandIo, r: DenialsReport): void {
  writeLine(io, `initial denial rate: ${pct(r.initial.byCount)}; by dollars ${pct({ ...r.initial.byDollars, numerator: r.initial.byDollars.numerator / 100, denominator: r.initial.byDollars.denominator / 100 })}`);
  for (const [reason, rate] of Object.entries(r.byReason)) writeLine(io, `  ${reason.padEnd(28)} ${pct(rate)}`);
  for (const [payer, rate] of Object.entries(r.byPayer)) writeLine(io, `  payer ${payer.padEnd(22)} ${pct(rate)}`);
  writeLine(io, 'open denial work:');
  for (const w of r.openWork) writeLine(io, `  ${w.queue.padEnd(8)} ${w.rootCause.padEnd(26)} ${String(w.items).padStart(5)} items ${formatUsd(cents(w.amount)).padStart(12)}  next due ${w.nextDue ?? '-'}`);
}

function printKpi(io: CommandIo, r: KpiReport): void {
  writeLine(io, `KPIs ${r.from} to ${r.to}`);
  writeLine(io, `  clean claim rate            ${pct(r.cleanClaimRate)}`);
  writeLine(io, `  initial denial rate         ${pct(r.initialDenialRate)}`);
  writeLine(io, `  first-pass resolution rate  ${pct(r.firstPassResolutionRate)}`);
  writeLine(io, `  net collection rate         ${pct(r.netCollectionRate)}`);
  writeLine(io, `  days in A/R                 ${r.daysInAr === null ? 'n/a' : r.daysInAr.toFixed(1)}`);
  writeLine(io, `  charges ${formatUsd(r.totals.charges)}, payments ${formatUsd(r.totals.payments)}, contractual ${formatUsd(r.totals.contractualAdjustments)}`);
}
