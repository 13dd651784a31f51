// Procedures the note documents: office E/M or preventive visit, tests performed here (not those only
// ordered), office procedures, injected drugs with units, vaccines with their administration codes,
// modifier 25 on a same-day E/M; ICD-10-PCS for common inpatient procedures.
import { evidenceOf } from './candidates';
import { levelEm } from './em';
import type { NoteFacts } from './facts';
import { pcsProcedures } from './pcs';
import { DRUG_RULES, PROCEDURE_RULES, VACCINE_RULES } from './procedure-table';
import { excisionProcedure, repairProcedure } from './skin-procedures';
import type { Sentence } from './text';
import type { ProcedureSuggestion, Setting } from './types';

const PERFORMED = /\b(performed|administered|given|gave|obtained|done|placed|applied|drawn|completed|in[- ]office|today|shows?|showed|revealed?s?|negative|positive|interpret\w*|read|result\w*|removed|injected|received|im\b|intramuscular|deltoid|vastus|subcutaneous|scored|score|repositioning|treated)\b/i;
const ORDERED_ONLY = /\b(order(?:ed)?|will (?:obtain|get|order|schedule)|schedul\w+|refer\w*|recommend\w*|plan(?:ned)? to|to be done|send (?:to|out)|sent (?:to|out)|outside lab|next visit|if (?:not|no|worse)|declin\w+|refus\w+|deferred|due (?:at|next)|consider)\b/i;
const PERFORMED_SECTIONS = new Set(['procedure', 'results', 'exam']);
const PREVENTIVE = /\b(well[- ]child|well[- ](?:baby|visit|check)|routine (?:physical|annual|adult|health|exam|check[- ]?up|child)|annual (?:physical|exam|check[- ]?up)|preventive (?:visit|exam|medicine|care visit)|health maintenance (?:exam|visit)|complete physical|adult health maintenance|sports physical)\b/i;
const AWV = /\b(annual wellness visit|medicare wellness|awv)\b/i;
const PROCEDURE_NOTE = /^[\s\S]{0,200}\b(procedure note|operative report|op note|operation report)\b/i;

export interface ProcedureFindings {
  procedures: ProcedureSuggestion[];
  preventive: 'child' | 'adult' | 'awv' | undefined;
  vaccines: number;
}

function performedIn(s: Sentence, kind: string | undefined): boolean {
  if (ORDERED_ONLY.test(s.text) && !/\b(in[- ]office|today|performed|administered|given|done|drawn|obtained)\b/i.test(s.text)) return false;
  if (kind === 'lab' || kind === 'counseling') return true;
  return PERFORMED_SECTIONS.has(s.section) || PERFORMED.test(s.text);
}

function side(s: Sentence): string[] {
  if (/\bbilateral|both\b/i.test(s.text)) return ['50'];
  if (/\b(right|rt)\b/i.test(s.text)) return ['RT'];
  if (/\b(left|lt)\b/i.test(s.text)) return ['LT'];
  return [];
}

function push(out: ProcedureSuggestion[], p: ProcedureSuggestion): void {
  const same = out.find((o) => o.code === p.code && o.system === p.system);
  if (same) same.evidence.push(...p.evidence.slice(0, 1));
  else out.push(p);
}

/** Consecutive sentences of a procedure section read as one block ("left knee prepped ... Injected triamcinolone"). */
function procedureBlocks(text: string, sentences: readonly Sentence[]): Sentence[] {
  const blocks: Sentence[] = [];
  let run: Sentence[] = [];
  const flush = () => {
    if (run.length > 1) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      blocks.push({ start, end, text: text.slice(start, end), section: 'procedure', tokens: [] });
    }
    run = [];
  };
  for (const s of sentences) {
    if (s.section === 'procedure') run.push(s);
    else flush();
  }
  flush();
  return blocks;
}

const SKIP_SECTIONS = new Set(['family history', 'pmh', 'surgical history', 'medications', 'allergies']);

function ruleProcedures(text: string, readable: readonly Sentence[], out: ProcedureSuggestion[]): number {
  let instruments = 0;
  for (const s of readable) {
    for (const rule of PROCEDURE_RULES) {
      const m = rule.pattern.exec(s.text) ?? (s.tokens.length === 0 && rule.blockPattern ? rule.blockPattern.exec(s.text) : null);
      rule.pattern.lastIndex = 0;
      if (!m || !performedIn(s, rule.kind)) continue;
      if (rule.code === '81002' && out.some((p) => p.code === '81003')) continue;
      if (rule.code === '99406' && out.some((p) => p.code === '99407')) continue;
      if (rule.code === '96127' && s.tokens.length > 0) instruments += new Set([...s.text.matchAll(rule.pattern)].map((x) => x[1]!.toLowerCase().replace('-', ''))).size;
      const modifiers = rule.kind === 'imaging' || rule.code === '20610' ? side(s) : rule.code === '87880' || rule.code === '87804' ? ['QW'] : [];
      push(out, { system: rule.system, code: rule.code, title: rule.title, confidence: 0.8, evidence: [evidenceOf(text, s.start + m.index, s.start + m.index + m[0].length)], rationale: rule.kind === 'lab' || rule.kind === 'imaging' ? 'performed in the office (not only ordered)' : 'documented as performed', ...(modifiers.length ? { modifiers } : {}) });
    }
  }
  return instruments;
}

function drugProcedures(text: string, readable: readonly Sentence[], out: ProcedureSuggestion[]): void {
  const intoJoint = out.some((p) => p.code === '20610' || p.code === '20605' || p.code === '20600');
  for (const s of readable) {
    for (const drug of DRUG_RULES) {
      const m = drug.pattern.exec(s.text);
      if (!m || !/\b(im\b|intramuscular|injected|injection|given|administered|subq|subcutaneous|sc\b|deltoid|gluteal)/i.test(s.text)) continue;
      const amount = Number(m[2] ?? m[4]);
      const unit = (m[3] ?? m[5] ?? 'mg').toLowerCase();
      const mg = unit === 'g' ? amount * 1000 : amount;
      const units = Number.isFinite(mg) && mg > 0 ? Math.max(1, Math.ceil(mg / drug.mgPerUnit)) : 1;
      const evidence = [evidenceOf(text, s.start + m.index, s.start + m.index + m[0].length)];
      push(out, { system: 'HCPCS', code: drug.code, title: drug.title, confidence: 0.8, evidence, rationale: `drug supplied in the office: ${mg} mg at ${drug.mgPerUnit} mg per unit`, units });
      if (!intoJoint) push(out, { system: 'CPT', code: '96372', title: 'Therapeutic injection, subcutaneous or intramuscular', confidence: 0.75, evidence, rationale: 'drug given by injection in the office' });
    }
  }
}

function vaccineProducts(text: string, readable: readonly Sentence[], out: ProcedureSuggestion[]): number {
  let vaccines = 0;
  for (const s of readable) {
    if (/\b(declin\w+|refus\w+|deferred|due (?:at|next)|next (?:visit|dose due)|recommended|will return for|discussed)\b/i.test(s.text)) continue;
    if (!/\b(administered|given|received|im\b|intramuscular|deltoid|vastus|injection|vaccinated|immuni[sz]ed)\b/i.test(s.text) && s.section !== 'procedure') continue;
    for (const v of VACCINE_RULES) {
      const m = v.pattern.exec(s.text);
      if (!m || out.some((p) => p.code === v.code)) continue;
      if (v.code === '90686' && out.some((p) => p.code === '90662')) continue;
      vaccines += 1;
      push(out, { system: 'CPT', code: v.code, title: v.title, confidence: 0.85, evidence: [evidenceOf(text, s.start + m.index, s.start + m.index + m[0].length)], rationale: 'vaccine product administered' });
    }
  }
  return vaccines;
}

function officeProcedures(text: string, sentences: readonly Sentence[], out: ProcedureSuggestion[]): number {
  const readable = sentences.filter((s) => !SKIP_SECTIONS.has(s.section));
  const blocks = procedureBlocks(text, sentences);
  const instruments = ruleProcedures(text, [...readable, ...blocks], out);
  const procedureText = sentences.filter((s) => s.section === 'procedure' || s.section === 'assessment' || /\blaceration|lesion|excis/i.test(s.text)).map((s) => s.text).join('\n');
  const skin = repairProcedure(procedureText) ?? excisionProcedure(procedureText);
  if (skin) {
    const at = text.indexOf(skin.evidence[0]?.text ?? '\u0000');
    push(out, at >= 0 ? { ...skin, evidence: [{ start: at, end: at + skin.evidence[0]!.text.length, text: skin.evidence[0]!.text }] } : { ...skin, evidence: [] });
  }
  drugProcedures(text, readable, out);
  const vaccines = vaccineProducts(text, readable, out);
  const instrumentRule = out.find((p) => p.code === '96127');
  if (instrumentRule && instruments > 1) instrumentRule.units = instruments;
  const counseled = /\bcounsel\w*\b[^.\n]{0,60}\bvaccin\w*|\bvaccin\w*\b[^.\n]{0,60}\bcounsel\w*/i.test(text);
  return vaccines + (counseled ? 1000 : 0);
}

function vaccineAdministration(out: ProcedureSuggestion[], vaccinesAndFlag: number, age: number | undefined): void {
  const counseled = vaccinesAndFlag >= 1000;
  const count = vaccinesAndFlag % 1000;
  if (count === 0) return;
  const given = out.filter((p) => VACCINE_RULES.some((v) => v.code === p.code));
  const evidence = given.flatMap((g) => g.evidence.slice(0, 1));
  if (age !== undefined && age < 19 && counseled) {
    push(out, { system: 'CPT', code: '90460', title: 'Vaccine administration with counseling, under 19, first component', confidence: 0.8, evidence, rationale: 'patient under 19 with vaccine counseling by the physician: one unit per vaccine', units: count });
    const extra = given.reduce((n, g) => n + (VACCINE_RULES.find((v) => v.code === g.code)!.components - 1), 0);
    if (extra > 0) push(out, { system: 'CPT', code: '90461', title: 'Vaccine counseling, each additional component', confidence: 0.75, evidence, rationale: 'additional vaccine components counseled', units: extra });
    return;
  }
  push(out, { system: 'CPT', code: '90471', title: 'Immunization administration, first injected vaccine', confidence: 0.8, evidence, rationale: 'first vaccine given by injection' });
  if (count > 1) push(out, { system: 'CPT', code: '90472', title: 'Immunization administration, each additional vaccine', confidence: 0.8, evidence, rationale: 'each additional vaccine', units: count - 1 });
}

/** A minor surgical procedure for the one problem of the visit: its evaluation is part of the procedure (no separate E/M). */
function procedureVisitOnly(out: readonly ProcedureSuggestion[], problems: readonly string[]): boolean {
  const surgical = out.some((p) => p.system === 'CPT' && /^[1-6]\d{4}$/.test(p.code) && !/^(29|36415|51798)/.test(p.code));
  return surgical && new Set(problems.filter((p) => !p.startsWith('Z')).map((p) => p.slice(0, 3))).size <= 1;
}

function preventiveCode(age: number, newPatient: boolean): string {
  const band = age < 1 ? 1 : age <= 4 ? 2 : age <= 11 ? 3 : age <= 17 ? 4 : age <= 39 ? 5 : age <= 64 ? 6 : 7;
  return `99${newPatient ? 38 : 39}${band}`;
}

export function codeProcedures(text: string, sentences: readonly Sentence[], facts: NoteFacts, setting: Setting, problems: readonly string[]): ProcedureFindings {
  const out: ProcedureSuggestion[] = [];
  if (setting === 'inpatient') return { procedures: pcsProcedures(text), preventive: undefined, vaccines: 0 };
  const vaccinesFlag = officeProcedures(text, sentences, out);
  vaccineAdministration(out, vaccinesFlag, facts.ageYears);
  const newPatient = facts.newPatient ?? false;
  const head = text.slice(0, 600);
  let preventive: ProcedureFindings['preventive'];
  const bundles = out.some((p) => PROCEDURE_RULES.find((r) => r.code === p.code)?.bundlesEm || ['90471', '90460', '96372'].includes(p.code));
  const mod25 = bundles ? { modifiers: ['25'] } : {};
  const awv = AWV.exec(text);
  const prev = PREVENTIVE.exec(head) ?? PREVENTIVE.exec(text);
  if (awv) {
    preventive = 'awv';
    const initial = /\b(initial|first)\b[^.\n]{0,30}\b(annual wellness|awv)|\bawv\b[^.\n]{0,10}\binitial/i.test(text);
    const screen = /\b(phq-?[29]|depression screen\w*)\b/i.exec(text);
    if (screen && !initial) out.push({ system: 'HCPCS', code: 'G0444', title: 'Annual depression screening, up to 15 minutes', confidence: 0.7, evidence: [evidenceOf(text, screen.index, screen.index + screen[0].length)], rationale: 'depression screening with a standard instrument at a subsequent annual wellness visit' });
    out.unshift({ system: 'HCPCS', code: initial ? 'G0438' : 'G0439', title: initial ? 'Annual wellness visit, initial' : 'Annual wellness visit, subsequent', confidence: 0.85, evidence: [evidenceOf(text, awv.index, awv.index + awv[0].length)], rationale: `Medicare annual wellness visit (${initial ? 'initial' : 'subsequent'})` });
  } else if (prev && facts.ageYears !== undefined) {
    preventive = facts.ageYears < 18 ? 'child' : 'adult';
    const code = preventiveCode(facts.ageYears, newPatient);
    out.unshift({ system: 'CPT', code, title: `Preventive medicine visit, ${newPatient ? 'new' : 'established'} patient, age ${facts.ageYears}`, confidence: 0.85, evidence: [evidenceOf(text, prev.index, prev.index + prev[0].length)], rationale: `preventive visit chosen by age (${facts.ageYears}) and ${newPatient ? 'new' : 'established'} patient`, ...mod25 });
  } else if (!PROCEDURE_NOTE.test(text) && !procedureVisitOnly(out, problems) && (problems.length > 0 || facts.statedMdm || facts.totalMinutes)) {
    const em = levelEm({ text, facts, newPatient, problems });
    out.unshift({ system: 'CPT', code: em.code, title: `Office or outpatient visit, ${newPatient ? 'new' : 'established'} patient`, confidence: em.by === 'mdm' ? 0.6 : 0.85, evidence: [], rationale: em.rationale + (bundles ? '; modifier 25: significant, separately identifiable E/M on the day of a procedure' : ''), ...mod25 });
  }
  return { procedures: out, preventive, vaccines: vaccinesFlag % 1000 };
}
