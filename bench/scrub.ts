// Scrubber figures with the real tables: NCCI PTP (2.5M edits, 1.67M active), MUE and AOC load time and
// memory, then claim lines scrubbed per second on one core over a generated claim mix (office visits,
// labs, injections, joint and wound procedures, therapy) with every edit on, ICD-10-CM FY2023 loaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Claim, ClaimLine } from '../src/claims/index';
import { CodeSets, ReleaseSet, buildRelease, parseTabularXml } from '../src/codesets/index';
import { sharedDataDir } from '../src/config/index';
import type { CalendarDate } from '../src/dates/index';
import { addDays } from '../src/dates/index';
import { EDITS, loadScrubEnvironment, scrubClaims, summarizeScrub, type ScrubShared } from '../src/edits/index';
import type { Cents } from '../src/money/index';
import type { BenchResult } from './types';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const retained = () => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Small deterministic PRNG so every run scrubs the same claims. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

const VISITS = ['99203', '99204', '99212', '99213', '99213', '99214', '99214', '99215', '99396', '99397'];
const EXTRAS: string[][] = [
  ['36415', '80053'], ['36415', '83036'], ['36415', '82306'], ['36415', '85025', '80061'], ['93000'], ['96372', 'J1885'],
  ['20610'], ['20610', '76942'], ['11042', '11045'], ['17110'], ['12001'], ['97110', '97140'], ['81002'], ['90471', '90715'], ['G0121'],
];
const DIAGNOSES = ['E119', 'I10', 'E785', 'J069', 'M1711', 'Z0000', 'R5383', 'E559', 'N400', 'M5450', 'K219', 'F419', 'J449', 'E039', 'L03115', 'S72001A', 'Z1211', 'E11', 'G63', 'R109'];

function makeClaims(count: number): Claim[] {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const address = { line1: '12 Main Street', city: 'Springfield', state: 'IL', postalCode: '627011234' };
  return Array.from({ length: count }, (_, i): Claim => {
    const dos = addDays('2023-03-01' as CalendarDate, Math.floor(r() * 160));
    const codes = [pick(VISITS), ...(r() < 0.7 ? pick(EXTRAS) : []), ...(r() < 0.2 ? pick(EXTRAS) : [])];
    const diagnoses = Array.from({ length: 1 + Math.floor(r() * 4) }, () => ({ code: pick(DIAGNOSES) }));
    const lines = codes.map((code, n): ClaimLine => ({
      lineNumber: n + 1, lineItemControlNumber: `${i}-${n}`, codeSystem: /^\d/.test(code) ? 'CPT' : 'HCPCS', procedureCode: code,
      modifiers: r() < 0.1 ? ['25'] : r() < 0.05 ? ['XS'] : [], charge: 12000 as Cents, unitMeasure: 'UN', units: r() < 0.03 ? 2 : 1,
      diagnosisPointers: [1 + Math.floor(r() * diagnoses.length)], serviceDate: dos,
    }));
    return {
      id: `c${i}`, kind: 'professional', patientControlNumber: `PCN${i}`, frequencyCode: '1', totalCharge: (lines.length * 12000) as Cents,
      placeOfService: '11', statementFrom: dos, statementTo: dos, payerSequence: 'P',
      billingProvider: { entityType: 'organization', npi: '1234567893', lastNameOrOrganization: 'Clinic', taxonomyCode: '207Q00000X', taxId: { qualifier: 'EI', value: '371234567' }, address },
      subscriber: { lastName: 'Doe', firstName: `P${i}`, birthDate: addDays('1940-01-01' as CalendarDate, Math.floor(r() * 30000)), sex: r() < 0.5 ? 'F' : 'M', address, memberId: `M${i}` },
      relationship: '18', payer: { name: 'Medicare', payerId: '00952', claimFilingIndicator: r() < 0.5 ? 'MB' : 'CI' },
      providerSignatureOnFile: true, assignmentCode: 'A', benefitsAssigned: true, releaseOfInformation: 'Y', diagnoses, lines, otherCoverages: [],
    };
  });
}

/** CPU milliseconds each edit takes over the same claims: where the time goes. */
function timeEdits(claims: readonly Claim[], shared: ScrubShared): string {
  const out: [string, number][] = [];
  for (const edit of EDITS) {
    const c0 = process.cpuUsage();
    scrubClaims(claims, shared, undefined, [edit]);
    const c = process.cpuUsage(c0);
    out.push([edit.id, (c.user + c.system) / 1000]);
  }
  return out.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([id, ms]) => `${id} ${Math.round(ms)}`).join(', ');
}

export async function run(): Promise<BenchResult[]> {
  const data = sharedDataDir();
  if (!data) return [{ name: 'scrub', figures: {}, notes: 'skipped: ../shared/data is absent' }];
  const before = retained();
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const loadCpu0 = process.cpuUsage();
  const env = await loadScrubEnvironment({ dataDir: data });
  const loadCpu = process.cpuUsage(loadCpu0);
  const loadMs = performance.now() - t0;
  const rssAfterLoad = process.memoryUsage().rss;
  const tablesBytes = retained() - before;

  const file = join(data, 'icd10cm', 'icd10cm_tabular_2023.xml');
  const t1 = performance.now();
  const codeSets = new CodeSets(new ReleaseSet([buildRelease({ fiscalYear: 2023, sources: [{ kind: 'tabular-xml', file, sha256: 'bench' }], contentHash: 'bench', tabular: parseTabularXml(readFileSync(file, 'utf8'), file) })]));
  const icdMs = performance.now() - t1;

  const claims = makeClaims(30_000);
  const lines = claims.reduce((n, c) => n + c.lines.length, 0);
  const shared = { ...env, codeSets, today: '2023-08-15' as CalendarDate };
  scrubClaims(claims.slice(0, 2000), shared); // warm-up (JIT)
  const t2 = performance.now();
  const cpu0 = process.cpuUsage();
  const results = scrubClaims(claims, shared);
  const cpu = process.cpuUsage(cpu0);
  const scrubMs = performance.now() - t2;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perEdit = timeEdits(claims.slice(0, 5000), shared);
  const summary = summarizeScrub(results, 5);

  return [{
    name: 'scrub: NCCI PTP + MUE + AOC tables and every edit over a generated professional claim mix',
    figures: {
      ptpEdits: env.tables.ptp.size,
      ptpActive: env.tables.ptp.activeCount,
      mueCodes: env.tables.mue.size,
      aocPairs: env.tables.aoc.size,
      tablesLoadMs: Math.round(loadMs),
      tablesLoadCpuMs: Math.round((loadCpu.user + loadCpu.system) / 1000),
      tablesRetainedMB: mb(tablesBytes),
      rssAfterLoadMB: mb(rssAfterLoad),
      rssLoadDeltaMB: mb(rssAfterLoad - rssBefore),
      icd10cmTabularLoadMs: Math.round(icdMs),
      claims: claims.length,
      claimLines: lines,
      scrubMs: Math.round(scrubMs),
      scrubCpuMs: Math.round(cpuMs),
      linesPerSecondCpu: Math.round(lines / (cpuMs / 1000)),
      linesPerSecondWall: Math.round(lines / (scrubMs / 1000)),
      claimsPerSecond: Math.round(claims.length / (scrubMs / 1000)),
      cleanRate: `${(summary.cleanRate * 100).toFixed(1)}%`,
      slowestEditsCpuMsPer5000Claims: perEdit,
      topFindings: summary.topFindings.map((f) => `${f.editId} ${f.count}`).join(', '),
    },
    notes: 'lines/s on one core is counted on CPU time (the bench machine is shared, so wall time runs slower); targets: >= 20,000 lines/s, tables loaded < 5 s and < 500 MB; the ICD-10-CM tabular load is the code sets\' cost, shown apart',
  }];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run(), null, 2));
}
