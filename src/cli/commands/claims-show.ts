import { formatUsd } from '../../money/index';
import { domainError } from '../../errors/index';
import { getClaim } from '../../store/index';
import { ACTOR_OPTIONS, resolveActor } from '../actor';
import { DB_OPTIONS, writeJson, writeLine, type Command } from '../command';
import { withDb } from '../context';

export const claimsShow: Command = {
  path: ['claims', 'show'],
  summary: 'Show a claim: parties, diagnoses, lines, status history and findings',
  usage: 'ID|PATIENT-CONTROL-NUMBER',
  positionals: { min: 1, max: 1 },
  options: { ...DB_OPTIONS, ...ACTOR_OPTIONS },
  async run(args, io) {
    const key = args.positionals[0]!;
    const record = await withDb(args, io, async (db) => getClaim(db, await resolveActor(db, args, io, 'biller'), key));
    if (!record) throw domainError('claim.not_found', `no claim ${key}`);
    if (args.values.json) {
      writeJson(io, record);
      return 0;
    }
    const { claim } = record;
    writeLine(io, `claim ${claim.patientControlNumber} (${claim.id})  ${record.status}  ${claim.kind}  frequency ${claim.frequencyCode}`);
    writeLine(io, `  payer:      ${claim.payer.name} (${claim.payer.payerId || 'no payer id'}), ${claim.payerSequence === 'P' ? 'primary' : claim.payerSequence === 'S' ? 'secondary' : 'tertiary'}`);
    writeLine(io, `  subscriber: ${claim.subscriber.lastName}, ${claim.subscriber.firstName}  member ${claim.subscriber.memberId}`);
    writeLine(io, `  billing:    ${claim.billingProvider.lastNameOrOrganization} NPI ${claim.billingProvider.npi}`);
    writeLine(io, `  dates:      ${claim.statementFrom} to ${claim.statementTo}, place of service ${claim.placeOfService}`);
    writeLine(io, `  diagnoses:  ${claim.diagnoses.map((d, i) => `${String.fromCharCode(65 + i)} ${d.code}`).join('  ')}`);
    for (const l of claim.lines) {
      const mods = l.modifiers.length ? `-${l.modifiers.join('-')}` : '';
      writeLine(io, `  line ${l.lineNumber}: ${l.procedureCode}${mods} x${l.units}  ${formatUsd(l.charge)}  pointers ${l.diagnosisPointers.join(',')}  ${l.serviceDate}`);
    }
    writeLine(io, `  total:      ${formatUsd(claim.totalCharge)}`);
    for (const f of record.findings) writeLine(io, `  ${f.severity} ${f.editId} at ${f.path}: ${f.message}${f.suggestedFix ? ` (fix: ${f.suggestedFix})` : ''}`);
    for (const h of record.history) writeLine(io, `  ${h.at}  ${h.from ?? '-'} -> ${h.to}  (${h.source}${h.reason ? `: ${h.reason}` : ''})`);
    return 0;
  },
};
