// era post end to end: a generated 835 (one payment, N claims x 3 service lines with CO-45 and PR-2)
// posted against N stored submitted claims, charged as submission leaves them: parse, match, plan, post,
// remittance rows, claim status. The target (issue #7) is >= 2,000 claims/s on PostgreSQL.
// OPENRCM_BENCH_ERA_CLAIMS sets N (default 100,000, as the issue asks).
import { systemActor } from '../src/auth/index';
import { calendarDate } from '../src/dates/index';
import { openTestDb, testEngines, type Db } from '../src/store/index';
import { postClaimCharges } from '../src/ledger/index';
import { postEraFile } from '../src/workflows/index';
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BenchResult } from './types';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const execFileAsync = promisify(execFile);

const TENANT = '10000000-0000-4000-8000-00000000e001';
const PAYER = '20000000-0000-4000-8000-00000000e001';

export function generated835(n: number): Buffer {
  const lines = [['99214', 200], ['93000', 80], ['36415', 20]] as const;
  const body: string[] = [
    `BPR*I*${n * 180}*C*ACH*CCP*01*999999992*DA*123456*1999999999**01*999988880*DA*98765*20240305`, 'TRN*1*EFTBENCH*1999999999',
    'N1*PR*ACME HEALTH*XV*12345', 'N3*1 PLAN WAY', 'N4*HARTFORD*CT*06101', 'PER*BL*EDI*TE*8005551212', 'N1*PE*BENCH PRACTICE*XX*1234567893', 'LX*1',
  ];
  for (let i = 0; i < n; i++) {
    body.push(`CLP*PCN${i}*1*300*180*30*12*ICN${i}*11*1`, `NM1*QC*1*PATIENT*P${i}****MI*M${i}`);
    lines.forEach(([code, charge], j) => {
      body.push(`SVC*HC:${code}*${charge}*${charge * 0.6}**1`, 'DTM*472*20240212', `CAS*CO*45*${charge * 0.3}`, `CAS*PR*2*${charge * 0.1}`, `REF*6R*PCN${i}-${j + 1}`);
    });
  }
  const st = ['ST*835*0001', ...body];
  const segs = [
    'ISA*00*          *00*          *ZZ*ACMEHEALTH     *ZZ*OPENRCM        *240305*0930*^*00501*000000901*0*T*:',
    'GS*HP*ACMEHEALTH*OPENRCM*20240305*0930*901*X*005010X221A1', ...st, `SE*${st.length + 1}*0001`, 'GE*1*901', 'IEA*1*000000901',
  ];
  return Buffer.from(`${segs.join('~\n')}~\n`);
}

/**
 * N stored, submitted claims of 3 lines (99214, 93000, 36415), one patient each, billed to `payer`:
 * claim i is 30000000-0000-4000-8000-{i in hex}, its patient 40000000-…-{i}, its line n 50000000-…-{4i + n}.
 */
export async function storeSubmittedClaims(db: Db, tenant: string, payer: string, n: number): Promise<void> {
  await db.query("INSERT INTO tenants (id, name, kind) VALUES ($1, 'Bench', 'practice')", [tenant]);
  await db.query("INSERT INTO payers (id, tenant_id, name, category, payer_id, claim_filing_indicator, timely_filing_days) VALUES ($1, $2, 'Acme', 'commercial', '12345', 'CI', 180)", [payer, tenant]);
  await db.query(
    `INSERT INTO patients (id, tenant_id, account_number, last_name, first_name, birth_date, sex, address_line1, city, state, postal_code)
     SELECT ('40000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, $1, 'B' || i, 'Bench', 'Pat', '1970-01-01', 'F', '1 Main', 'Springfield', 'IL', '62701'
     FROM generate_series(0, $2 - 1) i`, [tenant, n],
  );
  await db.query(
    `INSERT INTO claims (id, tenant_id, kind, patient_id, patient_control_number, payer_id, payer_sequence, frequency_code, payer_claim_control_number, status, total_charge_cents, statement_from, statement_to, document)
     SELECT ('30000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, $1, 'professional', ('40000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       'PCN' || i, $3, 'P', '1', 'ICN' || i, 'submitted', 30000, '2024-02-12', '2024-02-12', '{}'
     FROM generate_series(0, $2 - 1) i`, [tenant, n, payer],
  );
  await db.query(
    `INSERT INTO claim_lines (id, tenant_id, claim_id, line_number, line_item_control_number, code_system, procedure_code, modifiers, units, charge_cents, service_date)
     SELECT ('50000000-0000-4000-8000-' || lpad(to_hex(i * 4 + l.n), 12, '0'))::uuid, $1, ('30000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       l.n, 'PCN' || i || '-' || l.n, 'CPT', l.code, '{}', 1, l.charge, '2024-02-12'
     FROM generate_series(0, $2 - 1) i, (VALUES (1, '99214', 20000), (2, '93000', 8000), (3, '36415', 2000)) AS l(n, code, charge)`, [tenant, n],
  );
}

/** Stored, submitted claims with their charges posted, as submission leaves them. */
export async function seed(db: Db, n: number): Promise<void> {
  await storeSubmittedClaims(db, TENANT, PAYER, n);
  const actor = systemActor(TENANT);
  for (let i = 0; i < n; i += 5_000) {
    const ids = await db.query<{ id: string }>('SELECT id FROM claims WHERE tenant_id = $1 ORDER BY id OFFSET $2 LIMIT 5000', [TENANT, i]);
    await postClaimCharges(db, actor, ids.map((r) => r.id));
  }
  // A practice's database has current statistics; a freshly filled one must be told.
  await db.query('ANALYZE patients, claims, claim_lines, ledger_accounts, ledger_transactions, ledger_entries');
}

async function benchEngine(engine: 'pglite' | 'postgres', n: number, file: Buffer): Promise<BenchResult> {
  const db = await openTestDb(engine);
  try {
    await seed(db, n);
    const actor = systemActor(TENANT);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
    const t0 = performance.now();
    const result = await postEraFile(db, actor, { fileName: 'bench.835', bytes: file, receivedOn: calendarDate('2024-03-06') });
    const ms = performance.now() - t0;
    const t1 = performance.now();
    await postEraFile(db, actor, { fileName: 'bench.835', bytes: file, receivedOn: calendarDate('2024-03-06') });
    const replayMs = performance.now() - t1;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      name: `era post, ${n.toLocaleString('en-US')} claims x 3 lines, on ${engine === 'pglite' ? 'PGlite (in memory)' : 'PostgreSQL'}`,
      figures: {
        claims: n, fileMB: Math.round(file.length / 1e5) / 10, ms: Math.round(ms), claimsPerSecond: Math.round(n / (ms / 1000)),
        ledgerTransactions: result.payments[0]!.postedTransactions, replayMs: Math.round(replayMs), rssBeforeMB: Math.round(rssBefore / 1e6), peakRssMB: Math.round(peak / 1e6),
      },
      notes: 'one database transaction; includes parsing the file, matching, planning, posting, remittance rows, status moves and denial work; '
        + 'charges were posted beforehand, as submission posts them; PGlite runs inside this process, so its RSS includes the database',
    };
  } finally {
    await db.dispose();
  }
}

/** Each engine in its own process, so that its peak RSS is its own (PGlite's database lives in the process). */
export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const engine of await testEngines()) {
    const { stdout } = await execFileAsync(process.execPath, [join(root, 'bin', 'run-ts.mjs'), fileURLToPath(import.meta.url), engine], { cwd: root, maxBuffer: 1 << 20 });
    out.push(JSON.parse(stdout.trim().split('\n').pop()!) as BenchResult);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const engine = process.argv[2];
  if (engine === 'pglite' || engine === 'postgres') {
    const n = Number(process.env.OPENRCM_BENCH_ERA_CLAIMS ?? 100_000);
    process.stdout.write(`${JSON.stringify(await benchEngine(engine, n, generated835(n)))}\n`);
  } else {
    for (const r of await run()) console.log(r.name, JSON.stringify(r.figures));
  }
}
