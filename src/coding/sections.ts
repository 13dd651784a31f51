// Sections and sentences. Headers are recognised at the start of a line or inline after a sentence
// ("S: CC: ear pain. PMH: asthma. FHx: ..."), from the names clinicians actually write.
import { markNegatedWords } from './negated-words';
import { tokenize, type SectionKind, type Sentence } from './text';

const HEADERS: Record<string, SectionKind> = {};
function headers(kind: SectionKind, names: string[]): void {
  for (const n of names) HEADERS[n] = kind;
}
headers('chief complaint', ['cc', 'chief complaint', 'reason for visit', 'reason for referral', 'presenting complaint', 'reason for consultation', 'chief complaints']);
headers('hpi', ['hpi', 'history of present illness', 'subjective', 'interval history', 'history', 'presentation', 'hospital course', 'brief history', 'clinical history']);
headers('pmh', ['pmh', 'pmhx', 'past medical history', 'medical history', 'past history', 'problem list', 'chronic problems', 'pmh/psh']);
headers('surgical history', ['psh', 'pshx', 'past surgical history', 'surgical history']);
headers('family history', ['fh', 'fhx', 'family history', 'family hx']);
headers('social history', ['sh', 'shx', 'social history', 'social', 'social hx', 'habits']);
headers('medications', ['meds', 'medications', 'current medications', 'medication', 'discharge medications', 'home medications', 'current meds', 'rx']);
headers('allergies', ['all', 'allergies', 'allergy', 'drug allergies']);
headers('ros', ['ros', 'review of systems', 'systems review']);
headers('exam', ['exam', 'pe', 'physical exam', 'physical examination', 'objective', 'vitals', 'vital signs', 'examination', 'on examination', 'general', 'heent', 'neck', 'lungs', 'chest', 'heart', 'cv', 'abdomen', 'abd', 'extremities', 'ext', 'skin', 'neuro', 'neurologic', 'msk', 'musculoskeletal', 'psych', 'gu', 'ears', 'back']);
headers('results', ['labs', 'lab', 'results', 'data', 'imaging', 'studies', 'radiology', 'ecg', 'ekg', 'pathology', 'laboratory', 'diagnostics', 'in-office testing', 'point of care']);
headers('assessment', ['assessment', 'impression', 'diagnosis', 'diagnoses', 'assessment and plan', 'assessment & plan', 'a/p', 'a&p', 'assessment/plan', 'impression and plan', 'impression/plan', 'final diagnosis', 'final diagnoses', 'postoperative diagnosis', 'post-operative diagnosis', 'postop diagnosis', 'principal diagnosis', 'secondary diagnoses', 'secondary diagnosis', 'clinical impression', 'dx', 'problems addressed', 'assessment/diagnosis', 'active problems addressed']);
headers('discharge diagnoses', ['discharge diagnosis', 'discharge diagnoses', 'diagnoses at discharge']);
headers('plan', ['plan', 'recommendations', 'recommendation', 'disposition', 'follow up', 'follow-up', 'instructions', 'patient instructions', 'orders', 'return precautions']);
headers('procedure', ['procedure', 'procedures', 'procedure performed', 'procedures performed', 'operation', 'operations', 'operation performed', 'procedure note', 'description of procedure', 'technique', 'in-office procedure', 'injection', 'immunizations given', 'vaccines given', 'immunizations']);
headers('other', ['preoperative diagnosis', 'pre-operative diagnosis', 'preop diagnosis', 'indication', 'indications', 'anesthesia', 'surgeon', 'ebl', 'estimated blood loss', 'complications', 'specimens', 'findings', 'dear dr', 'cc list', 'signed', 'time', 'allergies reviewed']);
const LETTERS: Record<string, SectionKind> = { s: 'hpi', o: 'exam', a: 'assessment', p: 'plan' };

const NAMES = Object.keys(HEADERS)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\/&]/g, '\\$&'));
const HEADER_RE = new RegExp(`(?<=^|\\n|[.;:]\\s{1,3}|\\s{2})[ \\t]*(${NAMES.join('|')})[ \\t]*(?::|-(?=\\s)|\\n)`, 'gim');
const LETTER_RE = /^[ \t]*([SOAP])[ \t]*:/gm;

interface Mark {
  at: number;
  contentStart: number;
  kind: SectionKind;
}

function sectionMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(HEADER_RE)) {
    const name = m[1]!.toLowerCase();
    // a bare header line must look like a header (title case or capitals), not a sentence that starts with "history"
    if (m[0].endsWith('\n') && !/^[A-Z]/.test(m[1]!)) continue;
    marks.push({ at: m.index, contentStart: m.index + m[0].length, kind: HEADERS[name]! });
  }
  for (const m of text.matchAll(LETTER_RE)) {
    marks.push({ at: m.index, contentStart: m.index + m[0].length, kind: LETTERS[m[1]!.toLowerCase()]! });
  }
  return marks.sort((a, b) => a.at - b.at);
}

/** Sentence boundaries: line ends, full stops before a capital or digit, semicolons, numbered list items. */
function splitSentences(text: string, from: number, to: number, section: SectionKind, out: Sentence[]): void {
  const chunk = text.slice(from, to);
  const boundary = /\n+|(?<!\b(?:Mr|Mrs|Ms|Dr|Drs|Prof|St|vs|etc|approx|No|Fig)\.)(?<=(?:[A-Za-z)%\]]|\d\d)[.!?])\s+(?=[A-Z0-9(])|;\s*|(?<=[A-Za-z.:;)])\s+(?=\d{1,2}[.)]\s+[A-Z])/g;
  let last = 0;
  const push = (a: number, b: number) => {
    const raw = chunk.slice(a, b);
    // list numbering ("1.", "2)", "-", "#3") is not part of the sentence: its digits are not "type 1"
    const lead = raw.length - raw.replace(/^\s*(?:(?:\d{1,2}[.)]|#\d{1,2}[.:)]?|[-*\u2022])\s+)?/, '').length;
    const piece = raw.slice(lead).trim();
    if (!piece) return;
    const start = from + a + lead;
    out.push({ start, end: start + piece.length, text: piece, section, tokens: markNegatedWords(tokenize(piece, start), piece, start) });
  };
  for (const m of chunk.matchAll(boundary)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, chunk.length);
}

export function readSentences(text: string): Sentence[] {
  const marks = sectionMarks(text);
  const out: Sentence[] = [];
  let kind: SectionKind = 'other';
  let at = 0;
  for (const mark of marks) {
    if (mark.at < at) continue;
    splitSentences(text, at, mark.at, kind, out);
    kind = mark.kind;
    at = mark.contentStart;
  }
  splitSentences(text, at, text.length, kind, out);
  return out;
}
