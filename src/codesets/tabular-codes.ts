// From the Tabular List as printed to every reportable code: codes under a sevenChrDef are expanded
// with their 7th characters (placeholder X filling to six characters), as the order file lists them.
import type { ReleaseCode, SevenChrDef, Tabular, TabularNode } from './types';

/** code → index of its diag node, and the sevenChrDef that governs each node. */
export interface TabularLookup {
  readonly tabular: Tabular;
  readonly nodeOf: ReadonlyMap<string, number>;
  readonly hasChildren: Uint8Array;
}

export function buildTabularLookup(tabular: Tabular): TabularLookup {
  const nodeOf = new Map<string, number>();
  const hasChildren = new Uint8Array(tabular.nodes.length);
  tabular.nodes.forEach((node, i) => {
    if (node.level === 'diag') nodeOf.set(node.id, i);
    if (node.parent >= 0 && node.level === 'diag') hasChildren[node.parent] = 1;
  });
  return { tabular, nodeOf, hasChildren };
}

/** The chain from the node up to its chapter: [node, parent, ..., chapter]. */
export function ancestry(tabular: Tabular, index: number): TabularNode[] {
  const chain: TabularNode[] = [];
  for (let i = index; i >= 0; i = tabular.nodes[i]!.parent) chain.push(tabular.nodes[i]!);
  return chain;
}

/** The sevenChrDef that applies to a diag node: its own or the nearest ancestor's. */
export function governingSevenChrDef(tabular: Tabular, index: number): { def: SevenChrDef; from: TabularNode } | undefined {
  for (const node of ancestry(tabular, index)) if (node.sevenChrDef) return { def: node.sevenChrDef, from: node };
  return undefined;
}

/** 'S02.0' + 'A' → 'S020XXA': fill with placeholder X to six characters, then the 7th character. */
export function withSeventh(code: string, char: string): string {
  return code.padEnd(6, 'X') + char;
}

/** The diag node a (possibly 7th-character) code rests on: 'T360X1A' → T36.0X1, 'S020XXA' → S02.0. */
export function baseNodeOf(lookup: TabularLookup, code: string): number | undefined {
  const direct = lookup.nodeOf.get(code);
  if (direct !== undefined) return direct;
  if (code.length !== 7) return undefined;
  const stem = code.slice(0, 6);
  return lookup.nodeOf.get(stem) ?? lookup.nodeOf.get(stem.replace(/X+$/, ''));
}

/**
 * 7th characters a note takes away, e.g. S06: '7th characters D and S do not apply to codes in category S06
 * with 6th character 7 - death due to brain injury ..., or 8 - death due to other cause ...'.
 */
export function seventhCharacterExceptions(node: TabularNode): { chars: string[]; sixth: string[] }[] {
  const out: { chars: string[]; sixth: string[] }[] = [];
  for (const text of node.notes.notes ?? []) {
    const m = /7th characters? ((?:[A-Z](?:,\s*|\s+and\s+|\s+or\s+)?)+) do(?:es)? not apply to .*?with 6th character (.*)$/i.exec(text);
    if (!m) continue;
    const chars = m[1]!.match(/\b[A-Z]\b/g) ?? [];
    const sixth = [...m[2]!.matchAll(/(?:^|,\s*(?:or\s+)?|\bor\s+)([0-9A-Z])\s+-/g)].map((x) => x[1]!);
    if (chars.length && sixth.length) out.push({ chars, sixth });
  }
  return out;
}

function excluded(code: string, char: string, exceptions: readonly { chars: string[]; sixth: string[] }[]): boolean {
  return exceptions.some((e) => e.chars.includes(char) && e.sixth.includes(code.padEnd(6, 'X')[5]!));
}

export function* tabularCodes(lookup: TabularLookup): Iterable<ReleaseCode> {
  const { tabular, hasChildren } = lookup;
  for (let i = 0; i < tabular.nodes.length; i++) {
    const node = tabular.nodes[i]!;
    if (node.level !== 'diag') continue;
    const leaf = hasChildren[i] === 0;
    const seventh = leaf ? governingSevenChrDef(tabular, i) : undefined;
    yield { code: node.id, title: node.title, billable: leaf && !seventh };
    if (!seventh) continue;
    const exceptions = seventhCharacterExceptions(seventh.from);
    for (const [char, meaning] of Object.entries(seventh.def.extensions)) {
      if (excluded(node.id, char, exceptions)) continue;
      yield { code: withSeventh(node.id, char), title: `${node.title}, ${meaning}`, billable: true };
    }
  }
}
