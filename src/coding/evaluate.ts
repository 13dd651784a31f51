// Evaluation against gold codes: micro precision, recall and F1 for exact codes and for 3-character
// categories, and mean average precision over the ranked lists, per code system.

export type EvalSystem = 'ICD10CM' | 'CPT' | 'HCPCS' | 'ICD10PCS';
const SYSTEMS: readonly EvalSystem[] = ['ICD10CM', 'CPT', 'HCPCS', 'ICD10PCS'];

export interface EvalCase {
  name: string;
  gold: readonly string[];
  /** in rank order (claim order for diagnoses, then procedures) */
  predicted: readonly string[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SystemScores {
  system: EvalSystem | 'ALL';
  cases: number;
  exact: Prf;
  category: Prf;
  map: number;
}

export interface EvalReport {
  cases: number;
  systems: SystemScores[];
  /** per case: what was missed and what was extra */
  errors: { name: string; missed: string[]; extra: string[] }[];
}

export function systemOf(code: string): EvalSystem {
  const c = code.trim().toUpperCase();
  if (c.includes('.') || /^[A-Z]\d[0-9A-Z]$/.test(c)) return 'ICD10CM';
  if (/^\d{4}[0-9FTU]$/.test(c)) return 'CPT';
  if (/^[A-V]\d{4}$/.test(c)) return 'HCPCS';
  if (/^[0-9A-HJ-NP-Z]{7}$/.test(c) && /^[0-9BCDFGHX]/.test(c) && !/^[A-Z]\d\d/.test(c)) return 'ICD10PCS';
  if (/^\d[0-9A-Z]{3}$/.test(c)) return 'ICD10PCS';
  return 'ICD10CM';
}

function norm(code: string): string {
  return code.trim().toUpperCase().replace('.', '');
}

function category(code: string, system: EvalSystem): string {
  return system === 'ICD10CM' || system === 'ICD10PCS' ? code.slice(0, system === 'ICD10PCS' ? 4 : 3) : code.slice(0, 3);
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function averagePrecision(gold: Set<string>, ranked: readonly string[]): number {
  if (gold.size === 0) return 0;
  let hits = 0;
  let sum = 0;
  const seen = new Set<string>();
  ranked.forEach((code, i) => {
    if (seen.has(code)) return;
    seen.add(code);
    if (gold.has(code)) {
      hits++;
      sum += hits / (i + 1);
    }
  });
  return sum / gold.size;
}

function scoresFor(cases: readonly EvalCase[], system: EvalSystem | 'ALL'): SystemScores {
  const e = { tp: 0, fp: 0, fn: 0 };
  const c = { tp: 0, fp: 0, fn: 0 };
  let apSum = 0;
  let withGold = 0;
  for (const k of cases) {
    const keep = (code: string) => system === 'ALL' || systemOf(code) === system;
    const gold = new Set(k.gold.filter(keep).map(norm));
    const ranked = k.predicted.filter(keep).map(norm);
    const pred = new Set(ranked);
    for (const g of gold) {
      if (pred.has(g)) e.tp++;
      else e.fn++;
    }
    for (const p of pred) if (!gold.has(p)) e.fp++;
    const cat = (x: string) => category(x, system === 'ALL' ? systemOf(x) : system) + (system === 'ALL' ? `|${systemOf(x)}` : '');
    const goldCat = new Set([...gold].map(cat));
    const predCat = new Set([...pred].map(cat));
    for (const g of goldCat) {
      if (predCat.has(g)) c.tp++;
      else c.fn++;
    }
    for (const p of predCat) if (!goldCat.has(p)) c.fp++;
    if (gold.size > 0) {
      withGold++;
      apSum += averagePrecision(gold, ranked);
    }
  }
  return { system, cases: withGold, exact: prf(e.tp, e.fp, e.fn), category: prf(c.tp, c.fp, c.fn), map: round(withGold ? apSum / withGold : 0) };
}

export function evaluateCoding(cases: readonly EvalCase[]): EvalReport {
  const systems = [...SYSTEMS.map((s) => scoresFor(cases, s)).filter((s) => s.cases > 0 || s.exact.fp > 0), scoresFor(cases, 'ALL')];
  const errors = cases.map((k) => {
    const gold = new Set(k.gold.map(norm));
    const pred = new Set(k.predicted.map(norm));
    return { name: k.name, missed: [...gold].filter((g) => !pred.has(g)), extra: [...pred].filter((p) => !gold.has(p)) };
  }).filter((x) => x.missed.length + x.extra.length > 0);
  return { cases: cases.length, systems, errors };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function renderEvaluation(report: EvalReport): string[] {
  const lines = [`${report.cases} notes`, 'system     notes  exact P / R / F1            category P / R / F1         MAP'];
  for (const s of report.systems) {
    lines.push(`${s.system.padEnd(10)} ${String(s.cases).padStart(5)}  ${pct(s.exact.precision).padStart(6)} / ${pct(s.exact.recall).padStart(6)} / ${pct(s.exact.f1).padStart(6)}    ${pct(s.category.precision).padStart(6)} / ${pct(s.category.recall).padStart(6)} / ${pct(s.category.f1).padStart(6)}    ${pct(s.map).padStart(6)}`);
  }
  return lines;
}
