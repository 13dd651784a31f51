// 837P generation and reading speed: OpenRCM claims -> typed 837P -> segments -> text (in batches of
// 1,000 claims per ST..SE, as clearinghouses take them), and back (tokenize + parse837P + claims).
// Target from the X12 issue: >= 20,000 claims/s generated. Figures are given per CPU second (robust
// when the machine is shared) and per wall second.
import { performance } from 'node:perf_hooks';
import { tokenize, readEnvelopes, writeSegments } from '../src/x12/index';
import { claimsTo837P, generate837P, parse837P, transaction837PToClaims, validate837P } from '../src/x12/837p/index';
import { DEFAULT_DELIMITERS } from '../src/x12/segment';
import type { Claim } from '../src/claims/index';
import * as f from '../src/x12/837p/claim-fixtures';
import type { BenchResult } from './types';

const CLAIMS = 20_000;
const BATCH = 1_000;

function makeClaims(n: number): Claim[] {
  const base = [f.original, f.secondary, f.dependent, f.replacement];
  return Array.from({ length: n }, (_, i) => {
    const c = base[i % base.length]!;
    return { ...c, id: `b${i}`, patientControlNumber: `B${String(i).padStart(10, '0')}`, subscriber: { ...c.subscriber, memberId: `M${i % 5000}` } };
  });
}

function measure<T>(fn: () => T): { value: T; cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { value, cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 };
}

function generateAll(claims: readonly Claim[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < claims.length; i += BATCH) {
    const options = { ...f.options, transactionSetControlNumber: String(1 + i / BATCH).padStart(4, '0') };
    out.push(writeSegments(generate837P(claimsTo837P(claims.slice(i, i + BATCH), f.submitter, f.receiver, options)), DEFAULT_DELIMITERS));
  }
  return out;
}

export async function run(): Promise<BenchResult[]> {
  const claims = makeClaims(CLAIMS);
  generateAll(claims.slice(0, 2 * BATCH)); // warm-up
  const gen = measure(() => generateAll(claims));
  const isa = 'ISA*00*          *00*          *ZZ*RBS0042        *ZZ*CCH001         *241105*1432*^*00501*000000001*0*T*:~GS*HC*RBS0042*CCH001*20241105*1432*1*X*005010X222A1~';
  const file = `${isa}${gen.value.join('')}GE*${gen.value.length}*1~IEA*1*000000001~`;
  const mb = Buffer.byteLength(file) / 1e6;
  const read = measure(() => readEnvelopes(tokenize(file)).transactions.reduce((n, t) => n + transaction837PToClaims(parse837P(t).transaction).claims.length, 0));
  const check = measure(() => readEnvelopes(tokenize(file)).transactions.reduce((n, t) => n + validate837P(t).length, 0));
  await Promise.resolve();
  const rates = (m: { cpu: number; wall: number }, n: number) => ({
    'claims/s (cpu)': Math.round(n / m.cpu), 'claims/s (wall)': Math.round(n / m.wall), 'MB/s (cpu)': Number((mb / m.cpu).toFixed(1)),
  });
  return [
    { name: '837P generate (claimsTo837P + generate837P + writeSegments)', figures: { claims: CLAIMS, MB: Number(mb.toFixed(1)), ...rates(gen, CLAIMS) }, notes: 'target >= 20,000 claims/s; fixture claims have 3 lines, a quarter of them with COB and line adjudication' },
    { name: '837P read (tokenize + parse837P + transaction837PToClaims)', figures: { claims: read.value, ...rates(read, read.value) } },
    { name: '837P validate (tokenize + generic walker + claim checks)', figures: { findings: check.value, ...rates(check, CLAIMS) } },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await run()) console.log(r.name, r.figures);
}
