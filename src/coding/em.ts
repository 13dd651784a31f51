// Office E/M level (99202-99205, 99211-99215) by the 2021 AMA guidelines: medical decision making
// (two of three: problems, data, risk) or the documented total time on the date of the encounter,
// whichever supports the higher level, with the reasoning spelled out.
import type { NoteFacts } from './facts';

export type MdmLevel = 1 | 2 | 3 | 4; // straightforward, low, moderate, high
const LEVEL_NAMES = ['', 'straightforward', 'low', 'moderate', 'high'] as const;

export interface EmInput {
  text: string;
  facts: NoteFacts;
  newPatient: boolean;
  /** coded diagnoses addressed (assessment), codes without dots */
  problems: readonly string[];
}

export interface EmLevel {
  code: string;
  rationale: string;
  mdm: MdmLevel;
  by: 'mdm' | 'time' | 'stated mdm';
}

const CHRONIC = /^(E1[0-3]|I1[0-6]|E78|J44|J45|N18|F3[2-4]|F41|E03|E66|I25|I48|I50|K21|M1[5-9]|G47|G43|F90|E55|D50|N40|M81)/;
const EXACERBATION = /\b(exacerbation|worsening|uncontrolled|not at goal|above goal|poorly controlled|flare|progressi(?:ng|on)|inadequately controlled|suboptimal)\b/i;
const SEVERE = /\b(severe exacerbation|threat to (?:life|bodily function)|life-?threatening|sepsis|acute mi\b|unstable)\b/i;
const SYSTEMIC = /\b(systemic|dehydrat\w+|lethargic|hypoxi\w+|tachycardi\w+)\b/i;
/** a chronic illness whose treatment is changed is not at its goal (progression) */
const NOT_AT_GOAL = /\b(increas\w+|titrat\w+|uptitrat\w+|add(?:ed)?|switch\w*|adjust\w*|reduc\w+)\b[^.\n]{0,30}\b(?:dose|to \d|\d+\s*(?:mg|mcg|units?))/i;
const RX = /\b(prescri\w+|rx\b|refill\w*|start(?:ed|ing)?|increas\w+|decreas\w+|titrat\w+|continue|switch\w*|\d+\s*mg\b[^.\n]{0,30}\b(?:daily|bid|tid|qid|qhs|q\d+h?|once|twice|nightly|weekly))/i;
const OTC = /\b(nsaids?|ibuprofen|acetaminophen|tylenol|motrin|advil|otc|over[- ]the[- ]counter|saline|fluids|rest|ice|supportive care)\b/i;
const HIGH_RISK = /\b(admit\w*|hospitali[sz]\w+|emergency surgery|decision (?:for|regarding) hospitali|dnr|escalation of care)\b/i;
const TESTS = /\b(ordered|order\w*|obtain\w*|check\w*|cbc|cmp|bmp|a1c|lipid|tsh|ua\b|urinalysis|x-?ray|ultrasound|ct\b|mri|ecg|ekg|culture|panel)\b/gi;
const REVIEWED = /\b(reviewed|review of|results?|prior records|outside records|external notes)\b/gi;
const HISTORIAN = /\b(independent historian|per (?:mother|father|parent|mom|dad|wife|husband|caregiver)|history (?:obtained )?from (?:mother|father|parent|caregiver)|brought (?:in )?by)\b/i;
const INTERPRETATION = /\b(independent(?:ly)? interpret\w*|my (?:own )?interpretation|personally (?:reviewed|interpreted)|i (?:reviewed|interpreted) the (?:images|films|tracing))\b/i;
const DISCUSSION = /\b(discussed (?:with|the case with) (?:dr|the|radiology|cardiology|specialist)|spoke with dr)\b/i;

function problemsLevel(input: EmInput): [MdmLevel, string] {
  const categories = [...new Set(input.problems.map((p) => p.slice(0, 3)))];
  const chronic = categories.filter((p) => CHRONIC.test(p)).length;
  const acute = categories.filter((p) => !CHRONIC.test(p) && !p.startsWith('Z') && !p.startsWith('R')).length + (categories.some((p) => p.startsWith('R')) ? 1 : 0);
  if (SEVERE.test(input.text)) return [4, 'a condition posing a threat to life or severe exacerbation'];
  if (chronic >= 1 && (EXACERBATION.test(input.text) || NOT_AT_GOAL.test(input.text))) return [3, 'a chronic illness with exacerbation, progression or not at treatment goal'];
  if (chronic >= 2) return [3, `${chronic} stable chronic illnesses`];
  if (acute >= 1 && SYSTEMIC.test(input.text) && acute + chronic >= 1) return [3, 'an acute illness with systemic symptoms'];
  if (chronic === 1 || acute >= 1) return [2, chronic === 1 ? '1 stable chronic illness' : 'an acute uncomplicated illness or injury'];
  return [1, 'a minor or self-limited problem'];
}

function dataLevel(text: string): [MdmLevel, string] {
  const tests = new Set([...text.matchAll(TESTS)].map((m) => m[0].toLowerCase())).size;
  const reviewed = [...text.matchAll(REVIEWED)].length > 0 ? 1 : 0;
  const historian = HISTORIAN.test(text);
  const items = Math.min(tests, 3) + reviewed;
  if (items >= 3 && (INTERPRETATION.test(text) || DISCUSSION.test(text))) return [3, 'three data items and an independent interpretation or discussion'];
  if (items >= 3) return [3, 'three or more tests ordered or reviewed'];
  if (items >= 2 || historian) return [2, historian ? 'an independent historian' : 'two data items (tests ordered or results reviewed)'];
  return [1, 'minimal or no data'];
}

/** Over-the-counter drugs: management with them is low risk; any other dosed drug is prescription drug management. */
const OTC_DRUGS = new Set(['ibuprofen', 'acetaminophen', 'tylenol', 'motrin', 'advil', 'aleve', 'cetirizine', 'loratadine', 'fexofenadine', 'zyrtec', 'claritin', 'polyethylene', 'miralax', 'docusate', 'senna', 'fiber', 'psyllium', 'melatonin', 'saline', 'famotidine', 'calcium', 'vitamin', 'aspirin', 'ferrous', 'iron', 'guaifenesin', 'dextromethorphan', 'diphenhydramine', 'benzoyl', 'loperamide', 'simethicone', 'multivitamin', 'ergocalciferol', 'cholecalciferol', 'hydrocortisone', 'lidocaine', 'zinc', 'honey']);
const DOSED = /\b([a-z][a-z-]{3,})(?:\s+[a-z-]+)?\s+\d+(?:[.,]\d+)?\s*(?:mg|mcg|g|%|units?|iu|ml|mg\/kg)(?![a-z])/gi;
const DRUG_NAME = /\b[a-z]+(?:pril|sartan|lol|dipine|statin|formin|gliptin|gliflozin|glutide|azole|cillin|mycin|cycline|floxacin|prazole|triptan|azepam|zolam|oxetine|opram|afaxine|olone|asone|semide|thiazide|lactone|vir|mab|parin|xaban|gatran|thyroxine|insulin|glargine|tropium|terol|sonide|lukast|phylline|oxacin|dronate|grel|tadine|tretinoin|cephalexin|cefdinir|ceftriaxone|cefpodoxime|cefadroxil|amoxicillin|azithromycin|warfarin|methotrexate|gabapentin|pregabalin|sertraline|bupropion|trazodone|quetiapine|prednisone|colchicine|allopurinol|tamsulosin|finasteride|albuterol|montelukast|sumatriptan|ondansetron|cyclobenzaprine|tramadol|oxycodone|hydrocodone|nitrofurantoin|clavulanate|doxycycline|metronidazole|valacyclovir|acyclovir|terbinafine|clobetasol|triamcinolone|methylphenidate|amphetamine|varenicline|levetiracetam|lamotrigine|topiramate|spironolactone|furosemide|digoxin|amiodarone|apixaban|rivaroxaban|clopidogrel|semaglutide|liraglutide|dicyclomine|meloxicam|naproxen|diclofenac|benzonatate)\b/i;
const RX_FORMS = /\b(cream|ointment|gel|drops|inhaler|mdi|patch|injection)\b/i;

function riskLevel(text: string): [MdmLevel, string] {
  if (HIGH_RISK.test(text)) return [4, 'a decision regarding hospitalization or escalation'];
  const drugs = [...text.matchAll(DOSED)].map((m) => m[1]!.toLowerCase()).filter((d) => !/^(bmi|weight|height|total|score|about|every|than|less|over|after|take|blood|urine|glucose|sodium|creatinine|egfr|ldl|hdl|a1c|tsh|pulse|heart|rate|temp|ferritin|hemoglobin|hgb|dose|dosing|range)$/.test(d));
  const rx = drugs.filter((d) => !OTC_DRUGS.has(d));
  if (rx.length > 0) return [3, `prescription drug management (${rx[0]})`];
  const named = DRUG_NAME.exec(text);
  if (named) return [3, `prescription drug management (${named[0].toLowerCase()})`];
  if (RX.test(text) && RX_FORMS.test(text)) return [3, 'prescription drug management'];
  if (drugs.length > 0 || OTC.test(text)) return [2, 'over-the-counter drugs or low-risk management'];
  return [1, 'minimal risk'];
}

const TIME_NEW: [number, MdmLevel][] = [[60, 4], [45, 3], [30, 2], [15, 1]];
const TIME_EST: [number, MdmLevel][] = [[40, 4], [30, 3], [20, 2], [10, 1]];

export function emCode(newPatient: boolean, level: MdmLevel): string {
  return newPatient ? `9920${level + 1}` : `9921${level + 1}`;
}

export function levelEm(input: EmInput): EmLevel {
  const stated = input.facts.statedMdm;
  let mdm: MdmLevel;
  let reason: string;
  let by: EmLevel['by'];
  if (stated) {
    mdm = (LEVEL_NAMES.indexOf(stated) as MdmLevel) || 2;
    reason = `medical decision making documented as ${stated}`;
    by = 'stated mdm';
  } else {
    const parts = [problemsLevel(input), dataLevel(input.text), riskLevel(input.text)];
    const sorted = parts.map((p) => p[0]).sort((a, b) => b - a);
    mdm = sorted[1]!; // two of three elements must meet or exceed the level
    reason = `MDM ${LEVEL_NAMES[mdm]}: problems ${LEVEL_NAMES[parts[0]![0]]} (${parts[0]![1]}), data ${LEVEL_NAMES[parts[1]![0]]} (${parts[1]![1]}), risk ${LEVEL_NAMES[parts[2]![0]]} (${parts[2]![1]}); two of three set the level`;
    by = 'mdm';
  }
  const minutes = input.facts.totalMinutes;
  if (minutes !== undefined) {
    const table = input.newPatient ? TIME_NEW : TIME_EST;
    const byTime = table.find(([min]) => minutes >= min)?.[1];
    if (byTime !== undefined && byTime > mdm) {
      return { code: emCode(input.newPatient, byTime), rationale: `total time ${minutes} minutes on the date of the encounter supports level ${byTime + 1} (${reason})`, mdm: byTime, by: 'time' };
    }
  }
  return { code: emCode(input.newPatient, mdm), rationale: `${input.newPatient ? 'new' : 'established'} patient; ${reason}`, mdm, by };
}
