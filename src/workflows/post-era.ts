// openrcm era post: every payment (ST..SE) of an 835 file posted in one database transaction, or none.
// For each payment: resolve the payer, refuse a trace already posted, store the remittance and its claim
// payments, charge claims not charged yet (so payments never land before charges), post the plan, move
// the claims' status and open the denial work items.
import { createHash } from 'node:crypto';
import type { Actor } from '../auth/index';
import type { CalendarDate } from '../dates/index';
import { openDenialWorkItems, workItemsForDenials } from '../denials/index';
import { AppError } from '../errors/index';
import {
  AccountIds, ClaimPaymentIdentities, claimPaymentsFromX12, lockTenantLedger, paymentKeyPrefix, paymentPostedBefore, planClaimCharges, planRemittance, postPrepared, prepareTransactions,
  excludeStored, remittanceFromX12,
  type DenialAdjustment, type MappingFinding, type PostingOptions, type PreparedPosting, type PostingPlan, type RemittanceClaimPayment, type RemittancePayment, type RemittancePosting,
} from '../ledger/index';
import { canTransition, type ClaimStatus } from '../claims/index';
import { insertPrepared, insertRows, prepareRows, timeOrderedUuid, type Columns, type Db, type PreparedRows, type Queryable } from '../store/index';
import type { x835 } from '../x12/index';
import { statusAfterRemittance } from './era-claim-status';
import { claimBatchesOf835, read835File, type EraFileOutline, type EraPaymentOutline } from './era-file';
import { draftSecondaryClaim, type DraftedSecondary } from './draft-secondary';

export interface EraPaymentResult {
  traceNumber: string;
  payerIdentifier: string;
  amount: number;
  /** Set when this payment was posted before (from this file or another): nothing was written. */
  alreadyPosted?: { fileName: string | null; receivedAt: string };
  remittanceId?: string;
  claims: number;
  postedTransactions: number;
  unapplied: PostingPlan['unapplied'];
  denials: number;
  workItemsOpened: number;
  statusMoves: { patientControlNumber: string; from: ClaimStatus; to: ClaimStatus }[];
  /** Secondary claims drafted because the primary left a patient share and a secondary coverage exists. */
  secondaryClaims: DraftedSecondary[];
  warnings: string[];
}

export interface EraPostResult {
  fileName: string;
  sha256: string;
  payments: EraPaymentResult[];
}

/**
 * The file is read twice as a stream: once whole, before the database is touched (a file with any
 * structural error posts nothing: exit 2 at the CLI), then claim batch by claim batch while they post.
 * `parsed` lets a caller that already made the first pass (to fail before opening the database) pass it on.
 */
export async function postEraFile(
  db: Db, actor: Actor, input: { fileName: string; bytes: Uint8Array; receivedOn: CalendarDate; parsed?: EraFileOutline; partSize?: number },
): Promise<EraPostResult> {
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const { payments: outlines, warnings } = input.parsed ?? await read835File(input.bytes, input.fileName);
  const payments = await db.transaction(async (tx) => {
    // Held to the end: a second process posting the same file waits, then finds every trace already posted.
    await lockTenantLedger(tx, actor.tenantId);
    const out: EraPaymentResult[] = [];
    // On a PostgreSQL server a second connection reads each next part while this one writes (see postPayment).
    const reader = db.engine === 'postgres' ? db : tx;
    const claims = claimBatchesOf835(input.bytes);
    const accounts = new AccountIds();
    for (const [k, outline] of outlines.entries()) out.push(await postPayment(tx, actor, outline, claims.claimsOfSet(k), { ...input, sha256 }, reader, accounts));
    return out;
  });
  if (warnings.length && payments[0]) payments[0].warnings.unshift(...warnings.map((w) => `segment ${w.segmentPosition} ${w.segmentId}: ${w.message}`));
  return { fileName: input.fileName, sha256, payments };
}

type PayerRow = { id: string; timely_filing_days: number; appeal_days: number };

/**
 * The paying payer: by N1*PR N104, REF*2U or TRN03 among the practice's payer ids; else, for payers that
 * identify themselves only by tax id, the payer the matched claims were billed to.
 */
async function findPayer(tx: Queryable, actor: Actor, { remittance: r, billedPcns }: EraPaymentOutline): Promise<PayerRow> {
  const ref2u = r.loop1000A.references.find((x) => x.qualifier === '2U')?.value;
  const ids = [r.loop1000A.identificationCode, ref2u, r.reassociationTrace.payerIdentifier].filter((x): x is string => !!x);
  const rows = await tx.query<PayerRow>(
    'SELECT id, timely_filing_days, appeal_days FROM payers WHERE tenant_id = $1 AND payer_id = ANY($2::text[]) ORDER BY payer_id = $3 DESC LIMIT 1',
    [actor.tenantId, ids, ids[0] ?? ''],
  );
  if (rows[0]) return rows[0];
  const [billed] = await tx.query<PayerRow>(
    `SELECT p.id, p.timely_filing_days, p.appeal_days FROM claims c JOIN payers p ON p.id = c.payer_id
     WHERE c.tenant_id = $1 AND upper(c.patient_control_number) = ANY($2::text[])
     GROUP BY p.id, p.timely_filing_days, p.appeal_days ORDER BY count(*) DESC LIMIT 1`,
    [actor.tenantId, billedPcns],
  );
  if (billed) return billed;
  throw new AppError('input', 'era.unknown_payer', `payment ${r.reassociationTrace.checkOrEftTraceNumber} from ${r.loop1000A.name} (${ids.join(' / ')}): no payer with that payer id in this practice, and none of its claims are ours; nothing was posted`);
}

/**
 * One payment (ST..SE) of an 835 held whole, inside the caller's transaction, which must hold the tenant's
 * ledger lock (lockTenantLedger). Used by `responses fetch`, so that it posts as `era post` does.
 */
export async function postEraPayment(
  tx: Queryable, actor: Actor, r: x835.Remittance835, file: { fileName: string; receivedOn: CalendarDate; sha256: string; partSize?: number },
  reader: Queryable = tx,
): Promise<EraPaymentResult> {
  const claims = r.loop2000.flatMap((l) => l.claims);
  const outline = { remittance: r, billedPcns: claims.filter((c) => c.claimStatusCode !== '22').map((c) => c.patientControlNumber.toUpperCase()) };
  return postPayment(tx, actor, outline, [claims], file, reader, new AccountIds());
}

/**
 * A payment posts in parts of about PART_SIZE CLPs as its claims arrive; each part is read and planned
 * (claims, charges due, ledger history), then written. `reader` may be another connection than `tx`: then
 * a part is read and planned there while the part before it is written, and the file is read on while
 * both happen. That is sound because a part reads only what was stored before this payment (ledger
 * planRemittance) and the tenant's ledger lock, held by `tx`, keeps other postings out meanwhile.
 */
async function postPayment(
  tx: Queryable, actor: Actor, outline: EraPaymentOutline, claims: AsyncIterable<x835.Loop2100[]> | Iterable<x835.Loop2100[]>,
  file: { fileName: string; receivedOn: CalendarDate; sha256: string; partSize?: number }, reader: Queryable, accounts: AccountIds,
): Promise<EraPaymentResult> {
  const r = outline.remittance;
  const trace = r.reassociationTrace.checkOrEftTraceNumber;
  const payerIdentifier = r.reassociationTrace.payerIdentifier;
  const base = { traceNumber: trace, payerIdentifier, amount: r.financialInformation.totalActualProviderPaymentAmount, claims: 0, postedTransactions: 0, unapplied: [], denials: 0, workItemsOpened: 0, statusMoves: [], secondaryClaims: [], warnings: [] };
  const [earlier] = await tx.query<{ file_name: string | null; received_at: Date }>(
    'SELECT file_name, received_at FROM remittances WHERE tenant_id = $1 AND payer_identifier = $2 AND trace_number = $3',
    [actor.tenantId, payerIdentifier, trace],
  );
  if (earlier) return { ...base, alreadyPosted: { fileName: earlier.file_name, receivedAt: new Date(earlier.received_at).toISOString() } };
  const payer = await findPayer(tx, actor, outline);
  const [{ id: remittanceId } = { id: '' }] = await tx.query<{ id: string }>('SELECT gen_random_uuid()::text AS id');
  // the header and PLB only: the claims are mapped part by part
  const { payment, findings } = remittanceFromX12({ ...r, loop2000: [] }, { tenantId: actor.tenantId, payerId: payer.id, remittanceId, receivedOn: file.receivedOn });
  await tx.query(
    `INSERT INTO remittances (id, tenant_id, payer_id, trace_number, payer_identifier, payment_method, payment_amount_cents, payment_date, file_name, file_sha256)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [remittanceId, actor.tenantId, payer.id, trace, payerIdentifier, r.financialInformation.paymentMethodCode ?? null, payment.totalPayment, payment.paymentDate, file.fileName, file.sha256],
  );
  // Each part is a few set-based statements over thousands of rows: memory rather than temporary files.
  await tx.query("SET LOCAL work_mem = '64MB'");
  // Asked once, before any part is written: usually nothing of the payment is stored, and then no part
  // need look up its keys one by one.
  const postedBefore = await paymentPostedBefore(tx, actor, payment);
  const out: EraPaymentResult = { ...base, remittanceId, warnings: findings.map((f) => f.message) };
  const ownReader = reader !== tx;
  let writing: Promise<void> = Promise.resolve();
  let written = 0;
  const mapping: MappingFinding[] = [];
  for await (const part of partsOf(claims, file.partSize ?? PART_SIZE, mapping)) {
    out.claims += part.claims.length;
    out.warnings.push(...mapping.splice(0).map((f) => f.message));
    // on one connection a part is read only once the part before it is written
    if (!ownReader) await writing;
    const reading = readPart(
      reader, actor, remittanceId, { ...payment, claims: part.claims, providerAdjustments: part.paymentLevel ? payment.providerAdjustments : [] }, { part, postedBefore }, ownReader ? accounts : undefined,
    );
    // a failed read or write is reported when its turn comes, not as an unhandled rejection meanwhile
    reading.catch(() => undefined);
    await writing;
    const current = await reading;
    writing = writePart(tx, actor, payer, current, out).then(async () => {
      written++;
      if ((written & (written - 1)) === 0 && !part.paymentLevel) await refreshLedgerStatistics(tx);
    });
    writing.catch(() => undefined);
  }
  await writing;
  return out;
}

/**
 * The ledger may double inside one posting transaction: the planner's statistics are refreshed each time
 * the posted parts double, so lookups stay index lookups (ANALYZE counts the transaction's own new rows).
 * A small sample does: what matters is the tables' size, not fine distributions.
 */
async function refreshLedgerStatistics(tx: Queryable): Promise<void> {
  await tx.query('SET LOCAL default_statistics_target = 10');
  await tx.query('ANALYZE ledger_transactions, ledger_entries');
  await tx.query('RESET default_statistics_target');
}

/** CLPs per part (by default): bounds memory and statement size for a payment of any size. */
const PART_SIZE = 1_000;

interface Part {
  claims: RemittanceClaimPayment[];
  claimIdentities: string[];
  /** The last part, which also posts the payment level (PLB). */
  paymentLevel: boolean;
}

/**
 * The claim payments in parts of about `size` CLPs as they arrive, each with its identities; CLPs of one
 * claim in a row (a reversal and its correction) stay together. There is always a last part, if empty.
 * What mapping the CLPs reports goes to `findings`.
 */
async function* partsOf(batches: AsyncIterable<x835.Loop2100[]> | Iterable<x835.Loop2100[]>, size: number, findings: MappingFinding[]): AsyncGenerator<Part> {
  const identities = new ClaimPaymentIdentities();
  let part: Part = { claims: [], claimIdentities: [], paymentLevel: false };
  for await (const batch of batches) {
    for (const clp of claimPaymentsFromX12(batch, findings)) {
      // its remittance_claims row's id, which its postings name as their source
      clp.remittanceClaimId = timeOrderedUuid();
      const previous = part.claims[part.claims.length - 1];
      if (part.claims.length >= size && previous?.patientControlNumber !== clp.patientControlNumber) {
        yield part;
        part = { claims: [], claimIdentities: [], paymentLevel: false };
      }
      part.claims.push(clp);
      part.claimIdentities.push(identities.next(clp));
    }
  }
  yield { ...part, paymentLevel: true };
}

interface ReadPart {
  payment: RemittancePayment;
  claimIds: Map<string, string>;
  charges: PreparedPosting;
  plan: PostingPlan;
  postings: PreparedPosting;
  /** The part's remittance_claims rows. */
  claimPayments: PreparedRows;
}

/**
 * Reads and plans one part of a payment (its claims, the charges they still lack, the posting plan) and
 * prepares its rows. On a connection of its own (`accounts` given: those the posting has named so far) it
 * also reads which keys and accounts are stored, so the writing connection need not look them up row by
 * row; on the writing connection that would only add work.
 */
async function readPart(
  q: Queryable, actor: Actor, remittanceId: string, payment: RemittancePayment, { part, postedBefore }: { part: NonNullable<PostingOptions['part']>; postedBefore: boolean },
  accounts: AccountIds | undefined,
): Promise<ReadPart> {
  const claimIds = await claimIdsByPcn(q, actor, payment);
  // Charges first, exactly once per line (keyed by line): claims entered before charges were wired get theirs now.
  const { charges } = await planClaimCharges(q, actor, [...new Set(claimIds.values())]);
  const plan = await planRemittance(q, actor, payment, { part, postedBefore });
  const prepared = { charges: prepareTransactions(actor, charges), postings: prepareTransactions(actor, plan.transactions) };
  const claimPayments = claimPaymentRows(q, actor, remittanceId, payment, claimIds, plan);
  if (!accounts) return { payment, claimIds, plan, claimPayments, ...prepared };
  return {
    payment, claimIds, plan, claimPayments,
    // a claim paid twice in one payment (reversed, then corrected, far apart) may have been charged by an earlier part
    charges: await excludeStored(q, actor, prepared.charges, accounts, { keysMayBeWrittenMeanwhile: true }),
    postings: await excludeStored(q, actor, prepared.postings, accounts, postedBefore ? {} : { noneStoredUnder: paymentKeyPrefix(payment) }),
  };
}

/** Writes one part of a payment and adds what happened to `out`. */
async function writePart(tx: Queryable, actor: Actor, payer: PayerRow, { payment, claimIds, charges, plan, postings, claimPayments }: ReadPart, out: EraPaymentResult): Promise<void> {
  // the claim payments first: the postings name them as their source
  await insertPrepared(tx, 'remittance_claims', CLAIM_PAYMENT_COLUMNS, claimPayments);
  await postPrepared(tx, actor, charges);
  const posting = { ...(await postPrepared(tx, actor, postings)), plan };
  out.statusMoves.push(...await moveClaims(tx, actor, payment, claimIds, plan));
  const drafts = workItemsForDenials(plan.denials, {
    remittanceDate: payment.paymentDate, payer: { timelyFilingDays: payer.timely_filing_days, appealDays: payer.appeal_days },
  });
  out.workItemsOpened += (await openDenialWorkItems(tx, actor, drafts)).length;
  out.secondaryClaims.push(...await draftSecondaryClaims(tx, actor, payment, claimIds, posting));
  out.postedTransactions += posting.posted.length;
  out.unapplied.push(...plan.unapplied);
  out.denials += plan.denials.length;
  out.warnings.push(...plan.warnings.map((w) => w.message));
}

async function draftSecondaryClaims(
  tx: Queryable, actor: Actor, payment: RemittancePayment, claimIds: Map<string, string>, posting: RemittancePosting,
): Promise<DraftedSecondary[]> {
  const withOtherCoverage = new Set((await tx.query<{ id: string }>(
    "SELECT id FROM claims WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND payer_sequence = 'P' AND jsonb_typeof(document->'otherCoverages') = 'array' AND jsonb_array_length(document->'otherCoverages') > 0",
    [actor.tenantId, [...new Set(claimIds.values())]],
  )).map((r) => r.id));
  if (withOtherCoverage.size === 0) return [];
  const postedNow = new Set(posting.posted);
  const postedTransactions = posting.plan.transactions.filter((t) => postedNow.has(t.idempotencyKey));
  const drafted: DraftedSecondary[] = [];
  for (const c of payment.claims) {
    const claimId = claimIds.get(c.patientControlNumber.toUpperCase());
    const draft = claimId && withOtherCoverage.has(claimId) ? await draftSecondaryClaim(tx, actor, claimId, c, payment.paymentDate, postedTransactions) : undefined;
    if (draft) drafted.push(draft);
  }
  return drafted;
}

async function claimIdsByPcn(tx: Queryable, actor: Actor, payment: RemittancePayment): Promise<Map<string, string>> {
  const rows = await tx.query<{ id: string; pcn: string }>(
    'SELECT id, upper(patient_control_number) AS pcn FROM claims WHERE tenant_id = $1 AND upper(patient_control_number) = ANY($2::text[])',
    [actor.tenantId, payment.claims.map((c) => c.patientControlNumber.toUpperCase())],
  );
  return new Map(rows.map((r) => [r.pcn, r.id]));
}

const CLAIM_PAYMENT_COLUMNS: Columns = [
  ['id', 'uuid'], ['tenant_id', 'uuid'], ['remittance_id', 'uuid'], ['claim_id', 'uuid'], ['patient_control_number', 'text'], ['claim_status_code', 'text'],
  ['charge_cents', 'bigint'], ['paid_cents', 'bigint'], ['patient_responsibility_cents', 'bigint'], ['payer_claim_control_number', 'text'], ['detail', 'jsonb'],
  ['unapplied_reason', 'text'],
];

/** The part's `remittance_claims` rows: every CLP as received, with the claim it matched or why it matched none. */
function claimPaymentRows(q: Queryable, actor: Actor, remittanceId: string, payment: RemittancePayment, claimIds: Map<string, string>, plan: PostingPlan): PreparedRows {
  const reasons = new Map<string, string[]>();
  for (const u of plan.unapplied) reasons.set(u.patientControlNumber, [...(reasons.get(u.patientControlNumber) ?? []), u.reason]);
  return prepareRows(q, CLAIM_PAYMENT_COLUMNS, payment.claims.map(({ remittanceClaimId, ...c }) => {
    const claimId = claimIds.get(c.patientControlNumber.toUpperCase()) ?? null;
    const why = reasons.get(c.patientControlNumber);
    return [
      remittanceClaimId ?? timeOrderedUuid(), actor.tenantId, remittanceId, claimId, c.patientControlNumber, c.claimStatusCode, c.totalCharge, c.paidAmount, c.patientResponsibility ?? null,
      c.payerClaimControlNumber ?? null, c, claimId ? (why ? why.join('; ') : null) : 'no claim with this patient control number',
    ];
  }));
}

/**
 * The lifecycle moves of a whole payment in three statements (the rules of transitionClaim, checked here
 * with canTransition, applied in bulk): one status read, one update per target status, one history insert.
 */
async function moveClaims(
  tx: Queryable, actor: Actor, payment: RemittancePayment, claimIds: Map<string, string>, plan: PostingPlan,
): Promise<EraPaymentResult['statusMoves']> {
  const ids = [...new Set(claimIds.values())];
  const rows = await tx.query<{ id: string; status: ClaimStatus }>('SELECT id, status FROM claims WHERE tenant_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE', [actor.tenantId, ids]);
  const status = new Map(rows.map((r) => [r.id, r.status]));
  const denialsByClaim = new Map<string, DenialAdjustment[]>();
  for (const d of plan.denials) denialsByClaim.set(d.claimId, [...(denialsByClaim.get(d.claimId) ?? []), d]);
  const moves: (EraPaymentResult['statusMoves'][number] & { claimId: string; reason: string })[] = [];
  for (const c of payment.claims) {
    const claimId = claimIds.get(c.patientControlNumber.toUpperCase());
    const from = claimId ? status.get(claimId) : undefined;
    const move = claimId ? statusAfterRemittance(c, denialsByClaim.get(claimId) ?? []) : undefined;
    if (!claimId || !from || !move) continue;
    if (!canTransition(from, move.to)) {
      plan.warnings.push({ code: 'era.status_not_moved', patientControlNumber: c.patientControlNumber, message: `claim ${c.patientControlNumber} is ${from}: not moved to ${move.to}` });
      continue;
    }
    status.set(claimId, move.to);
    moves.push({ claimId, patientControlNumber: c.patientControlNumber, from, to: move.to, reason: move.reason });
  }
  for (const to of new Set(moves.map((m) => m.to))) {
    await tx.query('UPDATE claims SET status = $3 WHERE tenant_id = $1 AND id = ANY($2::uuid[])', [actor.tenantId, moves.filter((m) => m.to === to).map((m) => m.claimId), to]);
  }
  await insertRows(
    tx, 'claim_status_history',
    [['tenant_id', 'uuid'], ['claim_id', 'uuid'], ['from_status', 'text'], ['to_status', 'text'], ['source', 'text'], ['reason', 'text'], ['actor_user_id', 'uuid']],
    moves.map((m) => [actor.tenantId, m.claimId, m.from, m.to, '835', m.reason, actor.userId]),
  );
  return moves.map(({ patientControlNumber, from, to }) => ({ patientControlNumber, from, to }));
}
