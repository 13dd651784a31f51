// The ICD-10-CM conventions over the candidates: combination codes with the "with" presumption
// (diabetes, hypertension with heart or kidney disease), "use additional code" partners kept,
// conditions integral to a combination dropped, Excludes1 conflicts resolved.
import { notesFor, notesOfKind, refCovers, type Icd10cmRelease } from '../codesets/index';
import type { Candidate } from './candidates';
import type { LexiconEntry } from './lexicon';
import type { Excluded } from './types';

export interface ConventionContext {
  release: Icd10cmRelease;
  /** the release whose tabular carries the notes (the DOS release or the nearest with a tabular) */
  notesRelease: Icd10cmRelease | undefined;
  diabetesEntries: readonly LexiconEntry[];
  excluded: Excluded[];
}

export function additionalCodeCovers(ctx: ConventionContext, code: string, other: string): boolean {
  const tabular = ctx.notesRelease?.tabular;
  if (!tabular) return false;
  const notes = notesFor(tabular, code);
  return [...notesOfKind(notes, 'useAdditionalCode'), ...notesOfKind(notes, 'codeAlso')].some((n) => n.codeRefs.some((r) => refCovers(r, other)));
}

const DIABETES = /^E(0[89]|1[0-3])/;

/** Diabetes with another condition: the index's "Diabetes, with, X" subterm when one exists (guideline I.A.15 "with"). */
export function diabetesCombinations(ctx: ConventionContext, list: Candidate[]): Candidate[] {
  const diabetes = list.filter((c) => DIABETES.test(c.code) && !c.byRule);
  if (diabetes.length === 0) return list;
  const out = [...list];
  for (const dm of diabetes) {
    const category = dm.code.slice(0, 3);
    const combos: Candidate[] = [];
    for (const other of list) {
      if (other === dm || DIABETES.test(other.code) || other.byRule) continue;
      const pool = new Set([...dm.words, ...other.words, 'diabetes']);
      let best: LexiconEntry | undefined;
      for (const e of ctx.diabetesEntries) {
        if (!e.code.startsWith(category) || e.code.length < 4) continue;
        if (!e.words.some((w) => other.words.includes(w))) continue;
        if (!e.words.every((w) => pool.has(w))) continue;
        if (!best || e.words.length > best.words.length) best = e;
      }
      if (!best) continue;
      combos.push({ ...dm, code: best.code, title: best.text, words: best.words, evidence: [...dm.evidence, ...other.evidence], rationale: `diabetes "with" ${other.title.toLowerCase()}: combination code from the index (${best.text}); the guidelines presume the link` });
      const index = out.indexOf(other);
      if (index >= 0 && !additionalCodeCovers(ctx, best.code, other.code) && other.code[0] !== 'E') {
        out.splice(index, 1);
        ctx.excluded.push({ ...other.evidence[0]!, reason: 'integral to a coded condition', code: other.code });
      }
    }
    if (combos.length > 0) {
      const at = out.indexOf(dm);
      out.splice(at, 1, ...combos);
    }
  }
  return out;
}

/** Hypertension with heart failure and/or chronic kidney disease (guideline I.C.9.a): I11.0, I12.x, I13.x. */
export function hypertensionCombinations(list: Candidate[]): Candidate[] {
  const htn = list.find((c) => c.code === 'I10');
  if (!htn) return list;
  const ckd = list.find((c) => c.code.startsWith('N18'));
  const hf = list.find((c) => c.code.startsWith('I50'));
  if (!ckd && !hf) return list;
  const stage5 = ckd && (ckd.code === 'N185' || ckd.code === 'N186');
  let code: string;
  let title: string;
  if (ckd && hf) [code, title] = stage5 ? ['I132', 'Hypertensive heart and chronic kidney disease with heart failure and with stage 5 chronic kidney disease, or end stage renal disease'] : ['I130', 'Hypertensive heart and chronic kidney disease with heart failure and stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease'];
  else if (ckd) [code, title] = stage5 ? ['I120', 'Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease'] : ['I129', 'Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease'];
  else [code, title] = ['I110', 'Hypertensive heart disease with heart failure'];
  const partner = [ckd, hf].filter(Boolean).map((c) => c!.title.toLowerCase()).join(' and ');
  const combo: Candidate = { ...htn, code, title, evidence: [...htn.evidence, ...[ckd, hf].flatMap((c) => c?.evidence.slice(0, 1) ?? [])], rationale: `hypertension with ${partner}: the guidelines presume the causal link (I.C.9.a); the ${partner} code is added as the tabular instructs` };
  return list.map((c) => (c === htn ? combo : c));
}

/** COPD with a lower respiratory infection (J44.0, "code also" the infection), guideline I.C.10.a. */
export function copdWithInfection(list: Candidate[]): Candidate[] {
  const copd = list.find((c) => /^J44[19]/.test(c.code));
  const infection = list.find((c) => /^J(09|1[0-8]|2[0-2])/.test(c.code));
  if (!copd || !infection || list.some((c) => c.code === 'J440')) return list;
  const combo: Candidate = { ...copd, code: 'J440', title: 'Chronic obstructive pulmonary disease with (acute) lower respiratory infection', evidence: [...copd.evidence, ...infection.evidence.slice(0, 1)], rationale: `COPD with ${infection.title.toLowerCase()}: J44.0, with the infection coded also` };
  // an exacerbation is reported as well (J44.1); an unspecified COPD gives way to J44.0
  return copd.code === 'J441' ? [...list.slice(0, list.indexOf(copd)), combo, ...list.slice(list.indexOf(copd))] : list.map((c) => (c === copd ? combo : c));
}

/** Excludes1: two codes that are never reported together; the one listed later gives way. */
export function resolveExcludes1(ctx: ConventionContext, list: Candidate[]): Candidate[] {
  const tabular = ctx.notesRelease?.tabular;
  if (!tabular) return list;
  const out: Candidate[] = [];
  for (const c of list) {
    const clash = out.find((kept) => {
      const a = notesOfKind(notesFor(tabular, kept.code), 'excludes1').some((n) => n.codeRefs.some((r) => refCovers(r, c.code)));
      const b = notesOfKind(notesFor(tabular, c.code), 'excludes1').some((n) => n.codeRefs.some((r) => refCovers(r, kept.code)));
      return a || b;
    });
    if (clash && !c.byRule) {
      ctx.excluded.push({ ...c.evidence[0]!, reason: 'Excludes1 conflict', code: c.code });
      continue;
    }
    out.push(c);
  }
  return out;
}

/** A manifestation ("in diseases classified elsewhere", or a code-first note) is never listed first. */
export function isManifestation(ctx: ConventionContext, code: string, title: string): boolean {
  if (/in diseases classified elsewhere/i.test(title)) return true;
  const tabular = ctx.notesRelease?.tabular;
  return tabular ? notesOfKind(notesFor(tabular, code), 'codeFirst').some((n) => /underlying/i.test(n.text) && n.from.level === 'diag') : false;
}
