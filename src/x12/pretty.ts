// One segment per line, indented by envelope and loop, with the guide's loop names: for people.
import type { Delimiters, Segment } from './segment';
import type { LoopNode, LoopSpec, TransactionSpec } from './spec';
import { walkLoops } from './walker';
import type { InspectedFile } from './inspect';
import { delimitersAt } from './tokenizer';

function loopNames(spec: TransactionSpec): Map<string, string> {
  const names = new Map<string, string>();
  const visit = (loops: readonly LoopSpec[]) => {
    for (const l of loops) {
      names.set(l.id, l.name);
      visit(l.loops);
    }
  };
  visit(spec.loops);
  return names;
}

function text(s: Segment, d: Delimiters): string {
  return s.elements.join(d.element) + d.segment;
}

/** The file as indented lines: envelopes at 0-2, transaction content at 3+, a '# 2100 Claim Payment Information' line at each loop start. */
export function prettyX12(file: InspectedFile): string[] {
  const lines: string[] = [];
  const byStart = new Map(file.transactions.map((t) => [t.transaction.segments[0], t]));
  const segments = file.tokens.segments;
  const width = String(segments.length).length;
  const line = (s: Segment, depth: number, d: Delimiters) => lines.push(`${String(s.position).padStart(width)}  ${'  '.repeat(depth)}${text(s, d)}`);
  const note = (depth: number, label: string) => lines.push(`${' '.repeat(width)}  ${'  '.repeat(depth)}# ${label}`);
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const d = delimitersAt(file.tokens, i)!;
    const t = byStart.get(s);
    if (!t) {
      line(s, s.id === 'ISA' || s.id === 'IEA' ? 0 : s.id === 'GS' || s.id === 'GE' || s.id === 'TA1' ? 1 : 2, d);
      continue;
    }
    const setSegments = t.transaction.segments;
    if (t.handler) {
      const names = loopNames(t.handler.spec);
      const walk = walkLoops(t.handler.spec, setSegments);
      for (const h of walk.header) line(h, 2, d);
      const visit = (nodes: LoopNode[], depth: number) => {
        for (const n of nodes) {
          note(depth, `${n.id} ${names.get(n.id) ?? ''}`.trim());
          for (const x of n.segments) line(x, depth + 1, d);
          visit(n.loops, depth + 1);
        }
      };
      visit(walk.loops, 3);
      for (const x of walk.trailer) line(x, 2, d);
    } else {
      for (const x of setSegments) line(x, x.id === 'ST' || x.id === 'SE' ? 2 : 3, d);
    }
    i += setSegments.length - 1;
  }
  return lines;
}
