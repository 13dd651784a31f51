// Pure parsers for the ICD-10-CM reference files used to check gold codes (the reading is in
// load-code-tables.ts).

/** FY2024 order-derived CSV: code (dotted) -> billable. Only the first three columns are needed. */
export function parseOrderCsv(text: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const line of text.split('\n').slice(1)) {
    const m = /^\d+,([A-Z0-9.]+),([01]),/.exec(line);
    if (m) out.set(m[1]!, m[2] === '1');
  }
  return out;
}

export interface Tabular {
  names: Set<string>;
  /** codes that have at least one child code */
  parents: Set<string>;
  /** code -> allowed 7th characters, for the codes that define a sevenChrDef */
  seventh: Map<string, Set<string>>;
  /** code -> code references of its Excludes1 notes ("E10.-", "M54.4-", "E08-E13", "R51.9") */
  excludes1: Map<string, string[]>;
}

/**
 * Scans the tabular XML with regexes: each <name> opens a code; a <sevenChrDef> belongs to the most
 * recent code named before it (the tabular puts it right after the code's own notes, before the
 * children).
 */
export function parseTabular(xml: string): Tabular {
  const names = new Set<string>();
  const seventh = new Map<string, Set<string>>();
  const excludes1 = new Map<string, string[]>();
  let current = '';
  const token = /<name>([^<]+)<\/name>|<sevenChrDef>([\s\S]*?)<\/sevenChrDef>|<excludes1>([\s\S]*?)<\/excludes1>/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    if (m[1] !== undefined) {
      current = m[1].trim();
      names.add(current);
    } else if (m[2] !== undefined && current) {
      const chars = new Set([...m[2].matchAll(/char="([A-Z0-9])"/g)].map((x) => x[1]!));
      seventh.set(current, chars);
    } else if (m[3] !== undefined && current) {
      const refs = [...m[3].matchAll(/\(([^()]*)\)/g)].flatMap((x) => x[1]!.split(/,\s*/)).map((x) => x.trim());
      excludes1.set(current, refs.filter((x) => /^[A-Z]\d[\dA-Z]/.test(x)));
    }
  }
  const parents = new Set<string>();
  for (const n of names) {
    for (let k = 3; k < n.length; k++) {
      const prefix = n.slice(0, k);
      if (!prefix.endsWith('.') && names.has(prefix)) parents.add(prefix);
    }
  }
  return { names, parents, seventh, excludes1 };
}

/** Whether a dotted code is a complete (billable) code in the tabular, 7th characters included. */
export function validInTabular(t: Tabular, code: string): boolean {
  if (t.names.has(code)) return !t.parents.has(code) && !needsSeventh(t, code);
  // A 7th-character code: base without the last character (and without placeholder X) must exist.
  const seventhChar = code.slice(-1);
  const base = code.slice(0, -1).replace(/X+$/, '');
  if (!t.names.has(base) || t.parents.has(base)) return false;
  if (code.replace('.', '').length !== 7) return false;
  for (let k = base.length; k >= 3; k--) {
    const def = t.seventh.get(base.slice(0, k));
    if (def) return def.has(seventhChar);
  }
  return false;
}

function needsSeventh(t: Tabular, code: string): boolean {
  for (let k = code.length; k >= 3; k--) if (t.seventh.has(code.slice(0, k))) return true;
  return false;
}

/** Whether a code falls under an Excludes1 reference such as "E10.-", "M54.4-", "E08-E13" or "R51.9". */
export function matchesReference(code: string, ref: string): boolean {
  const range = /^([A-Z]\d[\dA-Z])-([A-Z]\d[\dA-Z])$/.exec(ref);
  if (range) {
    const category = code.slice(0, 3);
    return category >= range[1]! && category <= range[2]!;
  }
  const prefix = ref.replace(/\.?-$/, '');
  return code.startsWith(prefix);
}

/** Pairs of codes in one list where one code's Excludes1 (on it or an ancestor) names the other. */
export function excludes1Conflicts(t: Tabular, codes: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of codes) {
    for (let k = a.length; k >= 3; k--) {
      for (const ref of t.excludes1.get(a.slice(0, k)) ?? []) {
        for (const b of codes) if (b !== a && !b.startsWith(a.slice(0, k)) && matchesReference(b, ref)) out.push(`${a} excludes1 ${b} (${ref})`);
      }
    }
  }
  return out;
}
