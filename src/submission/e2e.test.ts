// The whole loop on loopback against the simulator: ready claims → 837 batches → 999 / 277CA / 835
// → claim statuses, over HTTP and a plain folder; and the faults: a dropped connection, the payer
// down mid-batch, a 999 that rejects the file, a malformed 835. No claim is lost or seen twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/index';
import { sharedDataDir } from '../config/index';
import { DEFAULT_RULES, loadFeeSchedule, PayerSimulator, startDropBox, startHttpServer, type Roster } from '../payer-sim/index';
import { claimBalances } from '../ledger/index';
import { openTestDb, testEngines } from '../store/index';
import { readyClaims } from './fixtures/ready-claims';
import {
  fetchResponses, FolderTransport, HttpTransport, sendPendingBatches, submitReadyClaims, tradingPartnerFor, type Transport,
} from './index';

const engines = await testEngines();
const schedule = loadFeeSchedule(sharedDataDir());
const fast = { attempts: 3, backoffMs: 5 };
const NOW = new Date('2023-11-01T12:00:00Z');

function simulator(roster: Roster) {
  return new PayerSimulator({ ...DEFAULT_RULES, timelyFilingDays: 3650 }, roster, schedule);
}

describe.each(engines)('submission loop on %s', (engine) => {
  let db: Awaited<ReturnType<typeof openTestDb>>;
  let actor: Actor;
  let claimIds: string[];
  let roster: Roster;
  const closers: (() => Promise<void> | void)[] = [];
  beforeEach(async () => {
    db = await openTestDb(engine);
    ({ actor, claimIds, roster } = await readyClaims(db, 6));
  });
  afterEach(async () => {
    for (const c of closers.splice(0)) await c();
    await db.dispose();
  });

  const statuses = async () => (await db.query<{ status: string }>('SELECT status FROM claims WHERE id = ANY($1::uuid[]) ORDER BY id', [claimIds])).map((r) => r.status);
  const partner = () => tradingPartnerFor(db, actor);

  async function http(sim: PayerSimulator, port = 0) {
    const server = await startHttpServer(sim, port);
    closers.push(() => server.close());
    return server;
  }

  it('HTTP: submits each claim once and applies 999, 277CA and 835 to claim statuses', async () => {
    expect(claimIds.length).toBeGreaterThanOrEqual(5);
    const sim = simulator(roster);
    const server = await http(sim);
    const transport = new HttpTransport(server.url);
    const result = await submitReadyClaims(db, actor, transport, { partner: await partner(), now: NOW, retry: fast });
    expect(result.sends.every((s) => s.status === 'sent')).toBe(true);
    expect(result.batches.reduce((n, b) => n + b.claimCount, 0)).toBe(claimIds.length);
    expect(new Set(await statuses())).toEqual(new Set(['submitted']));
    // A/R runs from submission: every submitted line is charged, once, before any payer answers
    const [charged] = await db.query<{ lines: number; charges: number; billed: number }>(
      `SELECT (SELECT count(*)::int FROM claim_lines WHERE claim_id = ANY($1::uuid[])) AS lines,
              (SELECT count(*)::int FROM ledger_transactions WHERE kind = 'charge' AND claim_id = ANY($1::uuid[])) AS charges,
              (SELECT coalesce(sum(total_charge_cents), 0)::int FROM claims WHERE id = ANY($1::uuid[])) AS billed`,
      [claimIds],
    );
    expect(charged!.charges).toBe(charged!.lines);
    expect((await claimBalances(db, actor, claimIds)).reduce((n, b) => n + b.charges, 0)).toBe(charged!.billed);
    const outcomes = await fetchResponses(db, actor, transport);
    expect(outcomes.map((o) => o.kind)).toEqual(expect.arrayContaining(['999', '277CA', '835']));
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
    const after = await statuses();
    expect(after.every((s) => ['paid', 'partially_paid', 'denied'].includes(s))).toBe(true);
    expect(sim.received.map((r) => r.patientControlNumber).sort()).toEqual([...new Set(sim.received.map((r) => r.patientControlNumber))].sort());
    expect(sim.received).toHaveLength(claimIds.length);
    const [remits] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM remittance_claims WHERE tenant_id = $1 AND claim_id IS NOT NULL', [actor.tenantId]);
    expect(remits!.n).toBe(claimIds.length);
    // Each 835 was posted to the ledger: payments and adjustments per claim.
    const [ledger] = await db.query<{ n: number }>('SELECT count(DISTINCT claim_id)::int AS n FROM ledger_entries WHERE tenant_id = $1 AND claim_id = ANY($2::uuid[])', [actor.tenantId, claimIds]);
    expect(ledger!.n).toBe(claimIds.length);
    expect(outcomes.filter((o) => o.kind === '835').every((o) => /ledger transactions posted/.test(o.posting?.ledger ?? ''))).toBe(true);
    // Nothing is waiting any more, and a second submit finds nothing ready: no claim goes out twice.
    expect(await fetchResponses(db, actor, transport)).toEqual([]);
    expect((await submitReadyClaims(db, actor, transport, { partner: await partner(), now: NOW })).batches).toEqual([]);
    expect(sim.received).toHaveLength(claimIds.length);
  });

  it('plain folder: the same loop through inbound/outbound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openrcm-dropbox-'));
    closers.push(() => rmSync(dir, { recursive: true, force: true }));
    const sim = simulator(roster);
    const box = startDropBox(sim, dir, 10_000);
    closers.push(() => box.stop());
    const transport = new FolderTransport(dir);
    await submitReadyClaims(db, actor, transport, { partner: await partner(), now: NOW, retry: fast });
    await box.tick();
    const outcomes = await fetchResponses(db, actor, transport);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(expect.arrayContaining(['277CA', '835', '999']));
    expect((await statuses()).every((s) => ['paid', 'partially_paid', 'denied'].includes(s))).toBe(true);
    expect(sim.received).toHaveLength(claimIds.length);
  });

  it('a connection dropped after the payer took the file: the resend is recognised, each claim seen once', async () => {
    const sim = simulator(roster);
    const server = await http(sim);
    server.faults.dropAfterReceive = 1;
    const result = await submitReadyClaims(db, actor, new HttpTransport(server.url), { partner: await partner(), now: NOW, retry: fast });
    expect(result.sends[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sim.received).toHaveLength(claimIds.length);
  });

  it('the payer down mid-batch: the batch stays pending, claims stay submitted, and the next run delivers it once', async () => {
    const first = simulator(roster);
    const server = await http(first);
    const port = Number(new URL(server.url).port);
    server.faults.dropBeforeReceive = 99;
    const result = await submitReadyClaims(db, actor, new HttpTransport(server.url), { partner: await partner(), now: NOW, retry: fast });
    expect(result.sends[0]).toMatchObject({ status: 'pending', attempts: 3 });
    expect(result.sends[0]!.error).toMatch(/failed/);
    await server.close();
    // Down altogether: connection refused, still pending.
    const down = await sendPendingBatches(db, actor, new HttpTransport(`http://127.0.0.1:${port}`), fast);
    expect(down[0]).toMatchObject({ status: 'pending', attempts: 6 });
    expect(new Set(await statuses())).toEqual(new Set(['submitted']));
    const back = simulator(roster);
    await http(back, port);
    const resent = await sendPendingBatches(db, actor, new HttpTransport(`http://127.0.0.1:${port}`), fast);
    expect(resent[0]).toMatchObject({ status: 'sent' });
    expect(back.received).toHaveLength(claimIds.length);
    expect(first.received).toHaveLength(0);
  });

  it('a 999 that rejects the file: every claim in it rejected with the IK3/IK4 reason and a work item, no 277CA', async () => {
    const sim = simulator(roster);
    const server = await http(sim);
    const inner = new HttpTransport(server.url);
    // A clearinghouse that mangles the first claim's charge, as a bad translation would.
    const mangling: Transport = { kind: 'http', send: (name, content) => inner.send(name, content.replace(/(CLM\*[^*]+\*)\d+/, '$1X9')), fetch: () => inner.fetch(), acknowledge: (n) => inner.acknowledge(n), close: () => inner.close() };
    await submitReadyClaims(db, actor, mangling, { partner: await partner(), now: NOW, retry: fast });
    const outcomes = await fetchResponses(db, actor, inner);
    expect(outcomes.every((o) => o.kind === '999')).toBe(true);
    expect(outcomes.reduce((n, o) => n + o.rejected, 0)).toBe(claimIds.length);
    expect(new Set(await statuses())).toEqual(new Set(['rejected']));
    const [history] = await db.query<{ reason: string }>("SELECT reason FROM claim_status_history WHERE claim_id = $1 AND to_status = 'rejected'", [claimIds[0]]);
    expect(history!.reason).toMatch(/999 rejected the file.*CLM at segment \d+.*IK403/);
    const items = await db.query<{ kind: string }>('SELECT kind FROM work_items WHERE tenant_id = $1 AND claim_id = ANY($2::uuid[])', [actor.tenantId, claimIds]);
    expect(items).toHaveLength(claimIds.length);
    const batches = await db.query<{ status: string }>('SELECT status FROM submission_batches WHERE tenant_id = $1', [actor.tenantId]);
    expect(new Set(batches.map((b) => b.status))).toEqual(new Set(['rejected']));
  });

  it('a 277CA rejection (member unknown to the payer) becomes a rejected claim and a biller work item that says why', async () => {
    const [first] = await db.query<{ member: string }>("SELECT document->'subscriber'->>'memberId' AS member FROM claims WHERE id = $1", [claimIds[0]]);
    const sim = simulator({ members: roster.members.filter((m) => m.memberId !== first!.member) });
    const server = await http(sim);
    const transport = new HttpTransport(server.url);
    await submitReadyClaims(db, actor, transport, { partner: await partner(), now: NOW, retry: fast });
    await fetchResponses(db, actor, transport);
    const [claim] = await db.query<{ status: string }>('SELECT status FROM claims WHERE id = $1', [claimIds[0]]);
    expect(claim!.status).toBe('rejected');
    const [item] = await db.query<{ root_cause: string }>("SELECT root_cause FROM work_items WHERE claim_id = $1 AND kind = 'claim_rejected_277ca'", [claimIds[0]]);
    expect(item!.root_cause).toMatch(/A7:33:IL/);
  });

  it('a malformed 835 is reported, stored as failed with a work item, and changes no claim', async () => {
    const sim = simulator(roster);
    const server = await http(sim);
    const inner = new HttpTransport(server.url);
    const corrupting: Transport = {
      kind: 'http', send: (n, c) => inner.send(n, c), acknowledge: (n) => inner.acknowledge(n), close: () => inner.close(),
      fetch: async () => (await inner.fetch()).map((f) => (f.name.endsWith('835.x12') ? { ...f, content: f.content.replace(/(CLP\*[^*~]+\*\d+\*[\d.]+\*)[\d.]+/, '$1ABC') } : f)),
    };
    await submitReadyClaims(db, actor, corrupting, { partner: await partner(), now: NOW, retry: fast });
    const outcomes = await fetchResponses(db, actor, corrupting);
    const remits = outcomes.filter((o) => o.kind === '835');
    expect(remits.length).toBeGreaterThan(0);
    expect(remits.every((r) => r.status === 'failed')).toBe(true);
    expect(remits[0]!.problems.join(' ')).toMatch(/CLP04/);
    expect((await statuses()).every((s) => s === 'accepted' || s === 'rejected')).toBe(true);
    const [item] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM work_items WHERE tenant_id = $1 AND kind = 'response_unreadable'", [actor.tenantId]);
    expect(item!.n).toBe(remits.length);
    expect(await fetchResponses(db, actor, inner)).toEqual([]);
  });
});
