// Instructional notes that apply to a code: its own and those inherited from its parent codes,
// category, section (block) and chapter, as the ICD-10-CM conventions (Section I.A) read them.
import { baseNodeOf, governingSevenChrDef, type TabularLookup } from './tabular-codes';
import { NOTE_KINDS, type NoteKind, type TabularLevel } from './types';

/** A reference to a code or a range inside a note: '(S78.-)', '(M97.0-)', '(P35-P39)', '(E11.42)'. */
export interface CodeRef {
  /** normalised first code of the range (no dot) */
  from: string;
  /** normalised last code of the range; equal to from for a single code */
  to: string;
  /** true for 'S78.-' style: every code that starts with it */
  prefix: boolean;
  /** '(E08-E13 with .42)': only the codes of the range whose characters after the category are these */
  withSubcode?: string;
}

export interface AppliedNote {
  kind: NoteKind;
  text: string;
  /** where it is printed: the node itself or an ancestor */
  from: { level: TabularLevel; id: string; title: string };
  inherited: boolean;
  codeRefs: CodeRef[];
}

export interface SeventhCharacter {
  /** sevenChrDef owner (category or subcategory) */
  from: string;
  extensions: Record<string, string>;
  note?: string;
  /** the 7th character of this code and its meaning, when the code carries one */
  char?: string;
  meaning?: string;
}

const REF = /([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{0,4})?)(?:\s*-\s*([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{0,4})?)|(-))?/g;

/** Code references inside the parentheses of a note. */
export function parseCodeRefs(text: string): CodeRef[] {
  const refs: CodeRef[] = [];
  for (const group of text.matchAll(/\(([^()]*)\)/g)) {
    for (const m of group[1]!.matchAll(REF)) {
      const from = m[1]!.replace('.', '');
      const to = m[2]?.replace('.', '');
      const after = group[1]!.slice((m.index ?? 0) + m[0].length);
      const sub = /^\s+with\s+\.([0-9A-Z]+)/.exec(after)?.[1];
      refs.push({ from, to: to ?? from, prefix: Boolean(m[3]) || to !== undefined || from.length === 3, ...(sub ? { withSubcode: sub } : {}) });
    }
  }
  return refs;
}

/** Does a code fall under a reference? Ranges compare on the category (first three characters) and below. */
export function refCovers(ref: CodeRef, code: string): boolean {
  if (ref.withSubcode && !code.slice(3).startsWith(ref.withSubcode)) return false;
  if (ref.from === ref.to) return ref.prefix ? code.startsWith(ref.from) : code === ref.from;
  const head = code.slice(0, ref.from.length);
  return head >= ref.from && code.slice(0, ref.to.length) <= ref.to;
}

/** Every note that applies to the code, nearest first (the code, then its parents up to the chapter). */
export function notesFor(lookup: TabularLookup, code: string): AppliedNote[] {
  const index = baseNodeOf(lookup, code);
  if (index === undefined) return [];
  const out: AppliedNote[] = [];
  let first = true;
  for (let i = index; i >= 0; i = lookup.tabular.nodes[i]!.parent) {
    const node = lookup.tabular.nodes[i]!;
    for (const kind of NOTE_KINDS) {
      for (const text of node.notes[kind] ?? []) {
        out.push({
          kind,
          text,
          from: { level: node.level, id: node.id, title: node.title },
          inherited: !first,
          codeRefs: kind === 'notes' || kind === 'inclusionTerm' ? [] : parseCodeRefs(text),
        });
      }
    }
    first = false;
  }
  return out;
}

export function notesOfKind(notes: readonly AppliedNote[], kind: NoteKind): AppliedNote[] {
  return notes.filter((n) => n.kind === kind);
}

/** The 7th-character definition that governs the code, with the meaning of its own 7th character. */
export function seventhCharacterFor(lookup: TabularLookup, code: string): SeventhCharacter | undefined {
  const index = baseNodeOf(lookup, code);
  if (index === undefined) return undefined;
  const governing = governingSevenChrDef(lookup.tabular, index);
  if (!governing) return undefined;
  const base = lookup.tabular.nodes[index]!.id;
  const char = code.length === 7 && code !== base ? code[6] : undefined;
  return {
    from: governing.from.id,
    extensions: governing.def.extensions,
    ...(governing.def.note ? { note: governing.def.note } : {}),
    ...(char ? { char, meaning: governing.def.extensions[char] } : {}),
  };
}
