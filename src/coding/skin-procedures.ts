// Wound repair (by type, site group and total length) and excision of skin lesions (by benign or
// malignant, site group and excised diameter), read from the procedure text. CPT numbers only.
import type { ProcedureSuggestion } from './types';

const FACE = /\b(face|facial|forehead|cheek|chin|ear|ears|eyelid|eyebrow|nose|nasal|lip|lips|mucous membrane)\b/i;
const HANDS_FEET = /\b(hand|hands|foot|feet|finger|toe|neck|scalp|genital\w*)\b/i;

function band(value: number, limits: readonly number[], codes: readonly string[]): string {
  const i = limits.findIndex((l) => value <= l);
  return codes[i < 0 ? codes.length - 1 : i]!;
}

function lengthCm(text: string, re: RegExp): { value: number; start: number; end: number } | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  const value = Number(m[1]) / (/mm/i.test(m[2] ?? '') ? 10 : 1);
  return Number.isFinite(value) && value > 0 ? { value, start: m.index, end: m.index + m[0].length } : undefined;
}

export function repairProcedure(text: string): ProcedureSuggestion | undefined {
  const kind = /\b(layered|intermediate|multi-?layer|two-?layer|deep sutures|subcutaneous sutures)\b(?![- ]?(?:closure )?not)/i.exec(text) ? 'layered' : /\b(simple repair|simple closure|single-?layer|sutured|repaired with|closed with \d+ (?:interrupted|simple)|staples)\b/i.exec(text) ? 'simple' : undefined;
  if (!kind || !/\b(laceration|wound|cut)\b/i.test(text)) return undefined;
  if (/\bexcision\b/i.test(text) && !/\blaceration\b/i.test(text)) return undefined;
  const length = lengthCm(text, /\b(?:total length(?: repaired)?|length repaired|repaired length)[:\s]*(\d+(?:\.\d+)?)\s*(cm|mm)\b/i) ?? lengthCm(text, /\b(\d+(?:\.\d+)?)\s*(cm|mm)\b[^.\n]{0,30}\blaceration\b/i) ?? lengthCm(text, /\blaceration\b[^.\n]{0,30}?(\d+(?:\.\d+)?)\s*(cm|mm)\b/i);
  if (!length) return undefined;
  const near = text.slice(Math.max(0, length.start - 150), length.end + 150);
  const face = FACE.test(near);
  const limits = [2.5, 7.5, 12.5, 20, 30, Infinity];
  let code: string;
  if (kind === 'simple') code = face ? band(length.value, [2.5, 5, 7.5, 12.5, 20, 30, Infinity], ['12011', '12013', '12014', '12015', '12016', '12017', '12018']) : band(length.value, limits, ['12001', '12002', '12004', '12005', '12006', '12007']);
  else if (face) code = band(length.value, [2.5, 5, 7.5, 12.5, 20, 30, Infinity], ['12051', '12052', '12053', '12054', '12055', '12056', '12057']);
  else if (HANDS_FEET.test(near)) code = band(length.value, limits, ['12041', '12042', '12044', '12045', '12046', '12047']);
  else code = band(length.value, limits, ['12031', '12032', '12034', '12035', '12036', '12037']);
  return { system: 'CPT', code, title: `${kind === 'simple' ? 'Simple' : 'Intermediate (layered)'} repair, ${face ? 'face/ears/eyelids/nose/lips' : 'scalp/neck/trunk/limbs'}, ${length.value} cm`, confidence: 0.8, evidence: [{ start: length.start, end: length.end, text: text.slice(length.start, length.end) }], rationale: `${kind} repair of ${length.value} cm total length, ${face ? 'face group' : 'trunk and limbs group'}` };
}

export function excisionProcedure(text: string): ProcedureSuggestion | undefined {
  if (!/\bexcision\b|\bexcised\b/i.test(text) || /\bshave\b/i.test(text)) return undefined;
  const diameter = lengthCm(text, /\bexcised diameter[:\s]*(\d+(?:\.\d+)?)\s*(cm|mm)\b/i) ?? (() => {
    const lesion = lengthCm(text, /\b(\d+(?:\.\d+)?)\s*(cm|mm)\b[^.\n]{0,30}\b(?:lesion|papule|nevus|mole|nodule|cyst|macule)/i);
    const margin = lengthCm(text, /\b(\d+(?:\.\d+)?)\s*(cm|mm)\s*margins?\b/i);
    return lesion ? { ...lesion, value: lesion.value + 2 * (margin?.value ?? 0) } : undefined;
  })();
  if (!diameter) return undefined;
  const malignant = /\b(carcinoma|melanoma|malignan\w+|bcc|scc)\b/i.test(text) && !/\bno (?:evidence of )?(?:malignan|melanoma)/i.test(text);
  const site = FACE.test(text) ? 'face' : HANDS_FEET.test(text) ? 'hands' : 'trunk';
  const base = malignant ? { trunk: 1160, hands: 1162, face: 1164 }[site] : { trunk: 1140, hands: 1142, face: 1144 }[site];
  const limits = malignant ? [0.5, 1, 2, 3, 4, Infinity] : [0.5, 1, 2, 3, 4, Infinity];
  const suffix = band(diameter.value, limits, ['0', '1', '2', '3', '4', '6']);
  const code = `${base}${suffix}`;
  return { system: 'CPT', code, title: `Excision, ${malignant ? 'malignant' : 'benign'} skin lesion, ${site === 'trunk' ? 'trunk/arms/legs' : site === 'hands' ? 'scalp/neck/hands/feet/genitalia' : 'face/ears/eyelids/nose/lips'}, excised diameter ${diameter.value} cm`, confidence: 0.75, evidence: [{ start: diameter.start, end: diameter.end, text: text.slice(diameter.start, diameter.end) }], rationale: `excised diameter ${diameter.value} cm (lesion plus margins), ${malignant ? 'malignant' : 'benign'} by the pathology or the note` };
}
