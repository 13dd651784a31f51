// End to end through the simulator on PostgreSQL: N ready claims → 837 batches over HTTP → the
// simulator (its own process, `openrcm payer-sim`) → 999 / 277CA / 835 fetched and applied → each
// 835 posted to the ledger (src/ledger postRemittance) and claims paid / partially paid / denied.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { systemActor, type Actor } from '../src/auth/index';
import type { Claim } from '../src/claims/index';
import { addDays, type CalendarDate } from '../src/dates/index';
import { insertRows, openDb, TEST_POSTGRES_URL, uniqueSchema, type Db } from '../src/store/index';
import { fetchResponses, HttpTransport, submitReadyClaims, tradingPartnerFor } from '../src/submission/index';
import { readyClaims } from '../src/submission/fixtures/ready-claims';
import type { BenchResult } from './types';

const CLAIMS = Number(process.env.BENCH_E2E_CLAIMS ?? 10_000);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Copies of a few built claims, varied so the payer sees distinct claims (date, charge, member). */
async function insertReadyCopies(db: Db, actor: Actor, templates: readonly { claim: Claim; patientId: string; payerId: string | null }[], members: readonly { memberId: string; payerId: string; lastName: string; firstName: string; birthDate: string }[], n: number): Promise<void> {
  const rows: unknown[][] = [];
  const history: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length]!;
    const m = members[i % members.length]!;
    const id = crypto.randomUUID();
    const dos = addDays(t.claim.statementFrom, i % 200);
    const claim: Claim = {
      ...t.claim, id, patientControlNumber: `B${String(i).padStart(8, '0')}`, statementFrom: dos, statementTo: dos, relationship: '18', patient: undefined,
      subscriber: { ...t.claim.subscriber, memberId: m.memberId, lastName: m.lastName, firstName: m.firstName, birthDate: m.birthDate as CalendarDate },
      payer: { ...t.claim.payer, payerId: m.payerId },
      lines: t.claim.lines.map((l) => ({ ...l, serviceDate: dos, charge: (l.charge + (i % 97)) as typeof l.charge })),
    };
    claim.totalCharge = claim.lines.reduce((s, l) => s + l.charge, 0) as typeof claim.totalCharge;
    rows.push([id, actor.tenantId, claim.kind, t.patientId, claim.patientControlNumber, t.payerId, claim.payerSequence, claim.frequencyCode, 'ready', claim.totalCharge, dos, dos, claim.placeOfService, claim]);
    history.push([actor.tenantId, id, null, 'ready', 'bench']);
  }
  await insertRows(db, 'claims', [['id', 'uuid'], ['tenant_id', 'uuid'], ['kind', 'text'], ['patient_id', 'uuid'], ['patient_control_number', 'text'], ['payer_id', 'uuid'], ['payer_sequence', 'char'], ['frequency_code', 'char'], ['status', 'text'], ['total_charge_cents', 'bigint'], ['statement_from', 'date'], ['statement_to', 'date'], ['place_of_service', 'char'], ['document', 'jsonb']], rows);
  await insertRows(db, 'claim_status_history', [['tenant_id', 'uuid'], ['claim_id', 'uuid'], ['from_status', 'text'], ['to_status', 'text'], ['source', 'text']], history);
}

async function startSimulator(dir: string, rosterFile: string): Promise<{ url: string; stop: () => void }> {
  const rulesFile = join(dir, 'rules.json');
  writeFileSync(rulesFile, JSON.stringify({ timelyFilingDays: 3650 }));
  const child = spawn(process.execPath, [join(ROOT, 'bin/openrcm.mjs'), 'payer-sim', '--port', '0', '--json', '--rules', rulesFile, '--roster', rosterFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  // --json prints the listening address as one JSON document (possibly over several lines).
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    createInterface({ input: child.stdout }).on('line', (l) => {
      text += l;
      try { resolve((JSON.parse(text) as { url: string }).url); } catch { /* not complete yet */ }
    });
    child.once('exit', (code) => reject(new Error(`payer-sim exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

export async function run(): Promise<BenchResult[]> {
  const schema = uniqueSchema();
  const dir = mkdtempSync(join(tmpdir(), 'openrcm-bench-e2e-'));
  let db: Db | undefined;
  let sim: { url: string; stop: () => void } | undefined;
  try {
    db = await openDb({ engine: 'postgres', url: TEST_POSTGRES_URL, schema });
    const { actor, claimIds, roster } = await readyClaims(db, 10, 3);
    const templates = (await db.query<{ document: Claim; patient_id: string; payer_id: string | null }>('SELECT document, patient_id, payer_id FROM claims WHERE id = ANY($1::uuid[])', [claimIds]))
      .map((r) => ({ claim: r.document, patientId: r.patient_id, payerId: r.payer_id }));
    await db.query("DELETE FROM claim_status_history WHERE claim_id = ANY($1::uuid[])", [claimIds]).catch(() => undefined);
    await db.query("UPDATE claims SET status = 'held' WHERE id = ANY($1::uuid[])", [claimIds]);
    const rosterFile = join(dir, 'roster.json');
    writeFileSync(rosterFile, JSON.stringify(roster));
    await insertReadyCopies(db, systemActor(actor.tenantId), templates, roster.members, CLAIMS);
    sim = await startSimulator(dir, rosterFile);
    const transport = new HttpTransport(sim.url, 600_000);
    const start = performance.now();
    const submitted = await submitReadyClaims(db, actor, transport, { partner: await tradingPartnerFor(db, actor), now: new Date() });
    const sentAt = performance.now();
    const outcomes = await fetchResponses(db, actor, transport);
    const end = performance.now();
    const counts = await db.query<{ status: string; n: number }>("SELECT status, count(*)::int AS n FROM claims WHERE tenant_id = $1 AND patient_control_number LIKE 'B%' GROUP BY status ORDER BY status", [actor.tenantId]);
    const seconds = (end - start) / 1000;
    return [{
      name: 'e2e ready → posted through payer-sim (PostgreSQL, HTTP)',
      figures: {
        claims: CLAIMS, batches: submitted.batches.length, 'response files': outcomes.length,
        'submit s': Number(((sentAt - start) / 1000).toFixed(2)), 'fetch+apply s': Number(((end - sentAt) / 1000).toFixed(2)),
        seconds: Number(seconds.toFixed(2)), 'claims/s': Math.round(CLAIMS / seconds),
        ...Object.fromEntries(counts.map((c) => [c.status, c.n])),
      },
      notes: 'the simulator runs as its own process (openrcm payer-sim) and adjudicates on receipt; every 835 is posted to the ledger in the same transaction that records it',
    }];
  } catch (e) {
    return [{ name: 'e2e through payer-sim', figures: {}, notes: `skipped: ${(e as Error).message}` }];
  } finally {
    sim?.stop();
    if (db) { await db.exec(`DROP SCHEMA "${schema}" CASCADE`).catch(() => undefined); await db.close(); }
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run(), null, 2));
}
