import { parseCalendarDate, todayUtc } from '../../dates/index';
import { usageError } from '../../errors/index';
import { formatUsd, type Cents } from '../../money/index';
import { checkEligibility, inquiryTransport, tradingPartnerFor } from '../../submission/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';
import { stringOption } from '../parse';

const usd = (c: Cents | undefined) => (c === undefined ? 'not stated' : formatUsd(c));

export const eligibilityCheck: Command = {
  path: ['eligibility', 'check'],
  summary: "Ask the payer about a patient's coverage (270 → 271), store it, and estimate the patient's share",
  usage: '--patient ID [--dos DATE] [--encounter ID] [--endpoint URL]',
  options: {
    ...DB_OPTIONS,
    ...ACTOR_OPTIONS,
    patient: { type: 'string', valueName: 'ID', description: 'the patient (id)' },
    dos: { type: 'string', valueName: 'DATE', description: 'date of service YYYY-MM-DD (default today, or the encounter date)' },
    encounter: { type: 'string', valueName: 'ID', description: "store the check with this encounter and estimate the share of its charges" },
    endpoint: { type: 'string', valueName: 'URL', description: 'payer API (default $OPENRCM_PAYER_URL or http://127.0.0.1:5959)' },
  },
  async run(args, io) {
    const patientId = stringOption(args, 'patient');
    if (!patientId) throw usageError('cli.missing_patient', 'eligibility check needs --patient ID');
    const dosText = stringOption(args, 'dos');
    const dos = dosText ? parseCalendarDate(dosText) : undefined;
    if (dosText && !dos) throw usageError('cli.bad_date', `--dos must be YYYY-MM-DD, not '${dosText}'`);
    const encounterId = stringOption(args, 'encounter');
    const transport = inquiryTransport(stringOption(args, 'endpoint'), io.env);
    const check = await withDb(args, io, async (db) => {
      const actor = await resolveActor(db, args, io, 'biller');
      let date = dos;
      if (!date && encounterId) date = (await db.query<{ d: string }>('SELECT date_of_service AS d FROM encounters WHERE id = $1 AND tenant_id = $2', [encounterId, actor.tenantId]))[0]?.d as typeof dos;
      return checkEligibility(db, actor, transport, await tradingPartnerFor(db, actor), { patientId, dateOfService: date ?? todayUtc(new Date()), ...(encounterId ? { encounterId } : {}), now: new Date() });
    });
    if (args.values.json) { writeJson(io, check); return check.result.status === 'active' ? 0 : 1; }
    const r = check.result;
    writeLine(io, `coverage ${r.status} on ${check.dateOfService}${r.payer?.name ? ` with ${r.payer.name}` : ''}${r.plan.name ? `, plan ${r.plan.name}` : ''}`);
    if (r.plan.begin || r.plan.end) writeLine(io, `  plan dates:   ${r.plan.begin ?? '?'} to ${r.plan.end ?? 'open'}`);
    writeLine(io, `  copay:        ${usd(r.copay)}`);
    writeLine(io, `  coinsurance:  ${r.coinsuranceBasisPoints === undefined ? 'not stated' : `${r.coinsuranceBasisPoints / 100}%`}`);
    writeLine(io, `  deductible:   ${usd(r.deductible.individual.remaining)} remaining of ${usd(r.deductible.individual.total)}`);
    writeLine(io, `  out of pocket: ${usd(r.outOfPocketMaximum.individual.remaining)} remaining of ${usd(r.outOfPocketMaximum.individual.total)}`);
    for (const rej of r.rejections) writeLine(io, `  rejected (${rej.loop}): ${rej.code} ${rej.meaning ?? ''}`);
    if (check.estimate && check.charges !== undefined) {
      const e = check.estimate;
      writeLine(io, `  estimate for charges ${formatUsd(check.charges)}: patient pays ${formatUsd(e.total)} (copay ${formatUsd(e.copay)}, deductible ${formatUsd(e.deductible)}, coinsurance ${formatUsd(e.coinsurance)})`);
      for (const a of e.assumptions) writeLine(io, `    assumes: ${a}`);
    }
    return r.status === 'active' ? 0 : 1;
  },
};
