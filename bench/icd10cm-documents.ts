// A minimal reader of the FY2023 ICD-10-CM tabular and index XML into search documents, for the bench and
// the evaluation only (the Tabular List loader proper is the code-set module's). Leaves that need a 7th
// character are expanded with the characters their category defines, padded with the placeholder X.
import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';
import type { SearchDocument } from '../src/codesets/search/index';

async function parseXml(path: string, onOpen: (name: string, attrs: Record<string, string>) => void, onText: (text: string) => void, onClose: (name: string) => void): Promise<void> {
  const parser = new SaxesParser();
  parser.on('opentag', (t) => onOpen(t.name, t.attributes as Record<string, string>));
  parser.on('text', onText);
  parser.on('closetag', (t) => onClose(t.name));
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) parser.write(chunk as string);
  parser.close();
}

function dotted(plain: string): string {
  return plain.length > 3 ? `${plain.slice(0, 3)}.${plain.slice(3)}` : plain;
}

interface Diag {
  name: string;
  desc: string;
  inclusion: string[];
  children: number;
  seventh?: [string, string][];
}

export async function readTabular(path: string): Promise<Map<string, SearchDocument>> {
  const docs = new Map<string, SearchDocument>();
  const stack: Diag[] = [];
  const path2: string[] = [];
  let text = '';
  let inInclusion = false;
  let extChar = '';
  await parseXml(
    path,
    (name, attrs) => {
      path2.push(name);
      if (name === 'extension') extChar = attrs.char ?? '';
      text = '';
      if (name === 'diag') {
        if (stack.length) stack[stack.length - 1]!.children++;
        stack.push({ name: '', desc: '', inclusion: [], children: 0 });
      } else if (name === 'inclusionTerm' || name === 'includes') inInclusion = true;
      else if (name === 'sevenChrDef' && stack.length) stack[stack.length - 1]!.seventh = [];
    },
    (t) => (text += t),
    (name) => {
      path2.pop();
      const top = stack[stack.length - 1];
      if (top && name === 'name' && path2[path2.length - 1] === 'diag') top.name = text.trim();
      else if (top && name === 'desc' && path2[path2.length - 1] === 'diag') top.desc = text.trim();
      else if (top && name === 'note' && inInclusion) top.inclusion.push(text.trim());
      else if (name === 'inclusionTerm' || name === 'includes') inInclusion = false;
      else if (top && name === 'extension') top.seventh?.push([extChar, text.trim()]);
      else if (name === 'diag') closeDiag(stack, docs);
      text = '';
    },
  ).catch((e: unknown) => Promise.reject(e instanceof Error ? e : new Error(String(e))));
  return docs;

  function closeDiag(s: Diag[], out: Map<string, SearchDocument>): void {
    const d = s.pop()!;
    const seventh = [...s, d].reverse().find((x) => x.seventh)?.seventh;
    const leaf = d.children === 0;
    out.set(d.name, { system: 'ICD10CM', code: d.name, title: d.desc, billable: leaf && !seventh, inclusionTerms: d.inclusion, indexTerms: [] });
    if (!leaf || !seventh) return;
    const plain = d.name.replace('.', '').padEnd(6, 'X');
    for (const [ch, meaning] of seventh) {
      const code = dotted(plain + ch);
      out.set(code, { system: 'ICD10CM', code, title: `${d.desc}, ${meaning}`, billable: true, inclusionTerms: d.inclusion, indexTerms: [] });
    }
  }
}

/** A path without nonessential modifiers, main term cut to its first form: the key "see" references use. */
function pathKey(parts: readonly string[]): string {
  return parts
    .map((p, i) => {
      const plain = p.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
      return i === 0 ? plain.split(',')[0]!.trim() : plain;
    })
    .join('|');
}

/**
 * Index paths ("Fracture, femur, shaft (closed)") by the code they lead to; "S72.30-" maps to S72.30.
 * A "see" reference gives its own path the codes of the path it points to (one level of indirection).
 */
export async function readIndex(path: string): Promise<Map<string, string[]>> {
  const byCode = new Map<string, string[]>();
  const codesByKey = new Map<string, string[]>();
  const sees: [string[], string][] = [];
  const titles: string[] = [];
  const open: string[] = [];
  let text = '';
  let inTitle = 0;
  const addPath = (code: string, parts: string[]): void => {
    const list = byCode.get(code) ?? [];
    list.push(parts.join(', '));
    byCode.set(code, list);
  };
  await parseXml(
    path,
    (name) => {
      const parent = open[open.length - 1];
      open.push(name);
      if (name === 'title' && (parent === 'mainTerm' || parent === 'term')) {
        inTitle++;
        text = '';
      }
      else if (name === 'nemod' && inTitle) text += ' (';
      else if (name === 'code' || name === 'manif' || name === 'see') text = '';
    },
    (t) => (text += t),
    (name) => {
      open.pop();
      if (name === 'nemod' && inTitle) text += ')';
      else if (name === 'title' && inTitle) {
        inTitle--;
        titles.push(text.replace(/\s+/g, ' ').trim());
      } else if (name === 'mainTerm' || name === 'term') titles.pop();
      else if (name === 'see') sees.push([[...titles], text.trim()]);
      else if (name === 'code') {
        const code = text.trim().replace(/[-.]+$/, '');
        addPath(code, titles);
        const key = pathKey(titles);
        codesByKey.set(key, [...(codesByKey.get(key) ?? []), code]);
      }
    },
  );
  for (const [from, target] of sees) {
    const key = pathKey(target.split(/,\s*/));
    for (const code of codesByKey.get(key) ?? []) addPath(code, from);
  }
  return byCode;
}

export async function readIcd10cmDocuments(tabularPath: string, indexPath: string): Promise<SearchDocument[]> {
  const [docs, index] = await Promise.all([readTabular(tabularPath), readIndex(indexPath)]);
  for (const [code, paths] of index) {
    const doc = docs.get(code);
    if (doc) doc.indexTerms.push(...paths);
  }
  return [...docs.values()];
}
