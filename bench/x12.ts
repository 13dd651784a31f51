// X12 benchmark: a generated 835 of 250,000 claims (> 50 MB), read by OpenRCM's streaming, typed,
// loop-aware parser (with and without element validation) against node-x12's and x12-parser's streaming
// tokenizers and a raw scan that only counts segment terminators. Each run is its own process, so peak
// RSS (resourceUsage().maxRSS) is that parser's alone; the 'baseline' row is an idle process (tsx loaded).
import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './types';
import { DEFAULT_DELIMITERS, writeSegments, seg, generate835, claimSegments835, type OutSegment, type Remittance835 } from '../src/x12/index';
import { cents, type Cents } from '../src/money/index';
import type { CalendarDate } from '../src/dates/index';

const CLAIMS = 250_000;
const CLAIMS_PER_SET = 5_000;
const REPEATS = 3;
const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const execFileAsync = promisify(execFile);

function claim(n: number): Parameters<typeof claimSegments835>[0] {
  const charge = 10_000 + (n % 977) * 13;
  const line2 = 2_500 + (n % 89) * 7;
  const paid1 = Math.floor(charge * 0.6);
  const paid2 = Math.floor(line2 * 0.5);
  const date = `2024-0${1 + (n % 9)}-1${n % 10}` as CalendarDate;
  const svc = (code: string, c: number, p: number, ref: string) => ({
    procedure: { qualifier: 'HC', code, modifiers: [] }, lineItemChargeAmount: cents(c), lineItemProviderPaymentAmount: cents(p), unitsOfServicePaidCount: '1',
    serviceDates: [{ qualifier: '472', date }], adjustments: [{ groupCode: 'CO', reasons: [{ carcCode: '45', amount: cents(c - p) }] }],
    references: [{ qualifier: '6R', value: ref }], amounts: [{ qualifier: 'B6', amount: cents(p) }], quantities: [], remarks: [],
  });
  return {
    patientControlNumber: `PCN${String(n).padStart(9, '0')}`, claimStatusCode: '1', totalClaimChargeAmount: cents(charge + line2), claimPaymentAmount: cents(paid1 + paid2),
    claimFilingIndicatorCode: '12', payerClaimControlNumber: `PYR${String(n).padStart(12, '0')}`, facilityTypeCode: '11', claimFrequencyCode: '1', adjustments: [],
    patient: { entityIdentifierCode: 'QC', entityTypeQualifier: '1', lastOrOrganizationName: `PATIENT${n % 10_000}`, firstName: 'ALEX', identificationCodeQualifier: 'MI', identificationCode: `W${String(n).padStart(9, '0')}` },
    otherNames: [], references: [], dates: [{ qualifier: '232', date }], contacts: [], amounts: [], quantities: [],
    services: [svc('99213', charge, paid1, `L${n}A`), svc('36415', line2, paid2, `L${n}B`)],
  };
}

/** Writes the 835 file claim by claim (bounded memory), one ST per 5,000 claims. */
export async function write835(path: string, claimCount = CLAIMS): Promise<void> {
  const out = createWriteStream(path);
  const d = DEFAULT_DELIMITERS;
  const write = async (segments: OutSegment[]) => {
    if (!out.write(writeSegments(segments, d, { lineEnding: '\n' }))) await once(out, 'drain');
  };
  const sets = Math.ceil(claimCount / CLAIMS_PER_SET);
  await write([seg('ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'PAYERSIM'.padEnd(15), 'ZZ', 'OPENRCM'.padEnd(15), '240310', '0930', '^', '00501', '000000001', '0', 'T', ':'), seg('GS', 'HP', 'PAYERSIM', 'OPENRCM', '20240310', '0930', '1', 'X', '005010X221A1')]);
  for (let s = 0; s < sets; s++) {
    const claims = Array.from({ length: Math.min(CLAIMS_PER_SET, claimCount - s * CLAIMS_PER_SET) }, (_, i) => claim(s * CLAIMS_PER_SET + i));
    const total = claims.reduce((a, c) => a + c.claimPaymentAmount, 0);
    const header: Remittance835 = {
      transactionSetControlNumber: String(s + 1).padStart(4, '0'),
      financialInformation: { transactionHandlingCode: 'I', totalActualProviderPaymentAmount: total as Cents, creditDebitFlagCode: 'C', paymentMethodCode: 'ACH', banking: ['CCP', '01', '999999992', 'DA', '123456', '1512345678', '', '01', '999988880', 'DA', '98765'], checkIssueOrEftEffectiveDate: '2024-03-12' as CalendarDate },
      reassociationTrace: { traceTypeCode: '1', checkOrEftTraceNumber: `EFT${s}`, payerIdentifier: '1512345678' },
      loop1000A: { name: 'ACME HEALTH PLAN', address: { line1: '100 INSURANCE WAY', city: 'HARTFORD', state: 'CT', postalCode: '06101' }, references: [], contacts: [{ functionCode: 'BL', communications: [{ qualifier: 'TE', number: '8005551212' }] }] },
      loop1000B: { name: 'RIVERSIDE FAMILY PRACTICE', identificationCodeQualifier: 'XX', identificationCode: '1234567893', references: [] },
      loop2000: [], providerAdjustments: [],
    };
    const head = generate835(header, d);
    head.pop(); // SE, rewritten below with the full count
    await write([...head, seg('LX', '1')]);
    let count = head.length + 1;
    for (let i = 0; i < claims.length; i += 500) {
      const segs: OutSegment[] = [];
      for (const c of claims.slice(i, i + 500)) claimSegments835(c, d, segs);
      count += segs.length;
      await write(segs);
    }
    await write([seg('SE', String(count + 1), header.transactionSetControlNumber)]);
  }
  await write([seg('GE', String(sets), '1'), seg('IEA', '1', '000000001')]);
  out.end();
  await once(out, 'finish');
}

/** Runs bench/x12-parsers/SCRIPT in a process of its own and returns the JSON line it prints last. */
async function inOwnProcess<T>(script: string, ...args: string[]): Promise<T> {
  const { stdout } = await execFileAsync(process.execPath, [join(root, 'bin', 'run-ts.mjs'), join(root, 'bench', 'x12-parsers', script), ...args], { cwd: root, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}

/** One 837P generation run (generate-837p.ts). */
const generate837PClaims = () => inOwnProcess<{ claims: number; seconds: number; bytes: number }>('generate-837p.ts');

interface WorkerResult { mode: string; items: number; seconds: number; cpuSeconds: number; bytes: number; peakRssMb: number }

const measure = (mode: string, file: string) => inOwnProcess<WorkerResult>('worker.ts', mode, file);

export async function run(): Promise<BenchResult[]> {
  const dir = await mkdtemp(join(tmpdir(), 'openrcm-bench-x12-'));
  const file = join(dir, 'big.835');
  try {
    const t0 = performance.now();
    await write835(file);
    const genSeconds = (performance.now() - t0) / 1000;
    const bytes = (await stat(file)).size;
    const modes = ['baseline', 'raw-scan', 'floor', 'openrcm', 'openrcm-no-validation', 'node-x12', 'x12-parser'];
    // The machine is shared: run every mode REPEATS times, interleaved, and keep each mode's fastest run
    // (and its highest peak RSS across runs).
    const results = new Map<string, WorkerResult>();
    for (let r = 0; r < REPEATS; r++) {
      for (const m of modes) {
        const got = await measure(m, file);
        const best = results.get(m);
        if (!best) results.set(m, got);
        else results.set(m, { ...(got.seconds < best.seconds ? got : best), cpuSeconds: Math.min(got.cpuSeconds, best.cpuSeconds), peakRssMb: Math.max(got.peakRssMb, best.peakRssMb) });
      }
    }
    const mbps = (m: string) => bytes / 1e6 / results.get(m)!.seconds;
    const cpuMbps = (m: string) => bytes / 1e6 / results.get(m)!.cpuSeconds;
    const fig = (m: string) => ({ 'MB/s': round(mbps(m)), 'MB/s per CPU second': round(cpuMbps(m)), seconds: round(results.get(m)!.seconds), 'peak RSS MB': round(results.get(m)!.peakRssMb), items: results.get(m)!.items });
    // An absolute target on a shared machine: the median of REPEATS runs, with the range beside it.
    const runs: Awaited<ReturnType<typeof generate837PClaims>>[] = [];
    for (let r = 0; r < REPEATS; r++) runs.push(await generate837PClaims());
    runs.sort((a, b) => a.seconds - b.seconds);
    const g837 = runs[Math.floor(REPEATS / 2)]!;
    const perSecond = (r: { claims: number; seconds: number }) => Math.round(r.claims / r.seconds);
    return [
      { name: 'x12: 837P generation from OpenRCM claims (claimsTo837P + generate837P + writeSegments)', figures: { claims: g837.claims, seconds: round(g837.seconds), 'claims/s': perSecond(g837), 'claims/s range': `${perSecond(runs[REPEATS - 1]!)}-${perSecond(runs[0]!)}`, 'MB written': round(g837.bytes / 1e6) }, notes: `median of ${REPEATS} runs, each in its own process; target >= 20,000 claims/s` },
      { name: 'x12: generated 835', figures: { claims: CLAIMS, 'file MB': round(bytes / 1e6), 'generation s': round(genSeconds), 'claims/s generated (835)': Math.round(CLAIMS / genSeconds) } },
      { name: 'x12: raw scan (count ~)', figures: fig('raw-scan') },
      { name: 'x12: openrcm stream835 (typed 835 claims, loop-aware, validated, balanced)', figures: { ...fig('openrcm'), 'x node-x12': round(mbps('openrcm') / mbps('node-x12')), 'x node-x12 (CPU time)': round(cpuMbps('openrcm') / cpuMbps('node-x12')), 'x x12-parser': round(mbps('openrcm') / mbps('x12-parser')), 'share of raw scan': round(mbps('openrcm') / mbps('raw-scan')) }, notes: 'items = claims; target >= 3x node-x12, >= 0.5 of raw scan, peak RSS < 200 MB' },
      { name: 'x12: openrcm stream835 without element validation', figures: { ...fig('openrcm-no-validation'), 'x node-x12': round(mbps('openrcm-no-validation') / mbps('node-x12')), 'x node-x12 (CPU time)': round(cpuMbps('openrcm-no-validation') / cpuMbps('node-x12')), 'share of raw scan': round(mbps('openrcm-no-validation') / mbps('raw-scan')) } },
      { name: 'x12: floor, a hand-written reader of this file\'s one claim shape into the same typed claims (no validation, loops or findings)', figures: { ...fig('floor'), 'x node-x12': round(mbps('floor') / mbps('node-x12')), 'share of raw scan': round(mbps('floor') / mbps('raw-scan')) }, notes: 'x12-parsers/floor.ts: the least any JavaScript reader of these claims spends; not a parser' },
      { name: 'x12: node-x12 X12Parser stream (segments only)', figures: fig('node-x12') },
      { name: 'x12: x12-parser X12parser stream (segments only)', figures: fig('x12-parser') },
      { name: 'x12: idle process baseline (tsx loaded)', figures: { 'peak RSS MB': round(results.get('baseline')!.peakRssMb) } },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(r.name, JSON.stringify(r.figures), r.notes ?? '');
}
