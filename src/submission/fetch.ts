// Fetching response files through a transport and applying each once: a file's SHA-256 is recorded
// with the changes it made, in one transaction; only then is it acknowledged to the sender.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { authorize, type Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { lockTenantLedger } from '../ledger/index';
import type { Db, Queryable } from '../store/index';
import { postEraPayment } from '../workflows/index';
import { readEnvelopes, tokenize, type ReceivedTransaction, type Remittance835 } from '../x12/index';
import { apply277CA, apply999, read835, sha256, type ApplyResult } from './apply';
import type { RemittanceHook, RemittanceOutcome } from './remittance-hook';
import type { Transport } from './transport';

export interface FetchOptions {
  /** Where 835 files are kept (a `remittances` folder is made in it); undefined keeps them only in the database row. */
  dataDir?: string;
  applyRemittance?: RemittanceHook;
  /** The day remittances count as received (default today); the demo runs in simulated time. */
  receivedOn?: CalendarDate;
}

export interface FileOutcome extends ApplyResult {
  name: string;
  duplicate: boolean;
  posting?: RemittanceOutcome;
}

const ORDER: Record<string, number> = { '999': 0, '277': 1, '835': 2 };

function kindOf(sets: readonly ReceivedTransaction[]): ApplyResult['kind'] {
  const id = sets[0]?.transactionSetId;
  if (id === '999') return '999';
  if (id === '277' && sets[0]?.guide.startsWith('005010X214')) return '277CA';
  if (id === '835') return '835';
  return 'unknown';
}

async function apply835(tx: Queryable, actor: Actor, name: string, text: string, sets: readonly ReceivedTransaction[], options: FetchOptions, hash: string): Promise<FileOutcome> {
  const { remittances, problems } = read835(sets);
  const base: FileOutcome = { name, duplicate: false, kind: '835', status: 'applied', accepted: 0, rejected: 0, problems };
  if (problems.length > 0) return { ...base, status: 'failed' };
  if (options.applyRemittance) {
    await applyWithHook(tx, actor, name, remittances, options.applyRemittance, hash, base);
  } else {
    // The same posting as `openrcm era post`: remittance rows, charges, ledger, claim status, denial work, secondary claims.
    await lockTenantLedger(tx, actor.tenantId);
    const receivedOn = options.receivedOn ?? (new Date().toISOString().slice(0, 10) as CalendarDate);
    for (const r of remittances) {
      const result = await postEraPayment(tx, actor, r, { fileName: name, receivedOn, sha256: hash });
      const remittance = { traceNumber: result.traceNumber, payerIdentifier: result.payerIdentifier, amount: result.amount, duplicate: Boolean(result.alreadyPosted) };
      base.remittance = result.remittanceId ? { ...remittance, remittanceId: result.remittanceId } : remittance;
      if (result.alreadyPosted) {
        base.problems.push(`835 trace ${result.traceNumber} from ${result.payerIdentifier} was already received: not applied again`);
        continue;
      }
      const moves = (to: string) => result.statusMoves.filter((m) => m.to === to).length;
      base.posting = {
        paid: moves('paid'), partiallyPaid: moves('partially_paid'), denied: moves('denied'),
        unmatched: result.unapplied.map((u) => u.patientControlNumber),
        ledger: `${result.postedTransactions} ledger transactions posted, ${result.workItemsOpened} denial work items, ${result.secondaryClaims.length} secondary claims drafted`,
      };
    }
  }
  if (options.dataDir) {
    const dir = join(options.dataDir, 'remittances');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${hash.slice(0, 12)}-${name}`), text, 'latin1');
  }
  return base;
}

async function applyFile(db: Db, actor: Actor, name: string, text: string, options: FetchOptions): Promise<FileOutcome> {
  const hash = sha256(text);
  return db.transaction(async (tx) => {
    const seen = await tx.query('SELECT 1 FROM submission_responses WHERE tenant_id = $1 AND file_sha256 = $2', [actor.tenantId, hash]);
    if (seen.length > 0) return { name, duplicate: true, kind: 'unknown', status: 'applied', accepted: 0, rejected: 0, problems: [] };
    const env = readEnvelopes(tokenize(text));
    const sets = env.transactions;
    const kind = kindOf(sets);
    let outcome: FileOutcome;
    if (kind === '999') outcome = { name, duplicate: false, ...(await apply999(tx, actor, sets)) };
    else if (kind === '277CA') outcome = { name, duplicate: false, ...(await apply277CA(tx, actor, sets)) };
    else if (kind === '835') outcome = await apply835(tx, actor, name, text, sets, options, hash);
    else outcome = { name, duplicate: false, kind, status: 'failed', accepted: 0, rejected: 0, problems: [`${name} is not a 999, 277CA or 835 (${sets[0]?.transactionSetId ?? 'no transaction set'})`] };
    if (outcome.status === 'failed') {
      await tx.query(`INSERT INTO work_items (id, tenant_id, queue, kind, status, priority, root_cause, recommended_action, detail) VALUES ($1, $2, 'biller', 'response_unreadable', 'open', 1, $3, $4, $5)`,
        [randomUUID(), actor.tenantId, `${name}: ${outcome.problems.slice(0, 5).join('; ')}`, 'Ask the payer or clearinghouse for a corrected file; nothing in this file was applied.', JSON.stringify({ file: name, problems: outcome.problems })]);
    }
    await tx.query('INSERT INTO submission_responses (id, tenant_id, file_name, kind, file_sha256, batch_id, status, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [randomUUID(), actor.tenantId, name, outcome.kind, hash, outcome.batchId ?? null, outcome.status, JSON.stringify({ problems: outcome.problems, accepted: outcome.accepted, rejected: outcome.rejected, posting: outcome.posting ?? null })]);
    return outcome;
  });
}

/** Fetches every waiting response, applies each (999 before 277CA before 835), acknowledges what was stored. */
export async function fetchResponses(db: Db, actor: Actor, transport: Transport, options: FetchOptions = {}): Promise<FileOutcome[]> {
  authorize(actor, 'claim.write');
  const files = await transport.fetch();
  const ranked = files.map((f) => ({ f, rank: ORDER[readEnvelopes(tokenize(f.content)).transactions[0]?.transactionSetId ?? ''] ?? 3 }));
  ranked.sort((a, b) => a.rank - b.rank || a.f.name.localeCompare(b.f.name));
  const out: FileOutcome[] = [];
  for (const { f } of ranked) {
    const outcome = await applyFile(db, actor, f.name, f.content, options);
    await transport.acknowledge([f.name]);
    out.push(outcome);
  }
  return out;
}

async function applyWithHook(tx: Queryable, actor: Actor, name: string, remittances: readonly Remittance835[], hook: RemittanceHook, hash: string, base: FileOutcome): Promise<void> {
  for (const r of remittances) {
    const id = randomUUID();
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO remittances (id, tenant_id, trace_number, payer_identifier, payment_method, payment_amount_cents, payment_date, file_name, file_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (tenant_id, payer_identifier, trace_number) DO NOTHING RETURNING id`,
      [id, actor.tenantId, r.reassociationTrace.checkOrEftTraceNumber, r.reassociationTrace.payerIdentifier, r.financialInformation.paymentMethodCode,
        r.financialInformation.totalActualProviderPaymentAmount, r.financialInformation.checkIssueOrEftEffectiveDate ?? null, name, hash]);
    const remittance = { traceNumber: r.reassociationTrace.checkOrEftTraceNumber, payerIdentifier: r.reassociationTrace.payerIdentifier, amount: r.financialInformation.totalActualProviderPaymentAmount, duplicate: inserted.length === 0 };
    if (inserted.length === 0) { base.problems.push(`835 trace ${remittance.traceNumber} from ${remittance.payerIdentifier} was already received: not applied again`); base.remittance = remittance; continue; }
    base.remittance = { ...remittance, remittanceId: id };
    base.posting = await hook(tx, actor, r, { remittanceId: id, fileName: name });
  }
}
