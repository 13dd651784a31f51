// Plain-text renderings for the terminal (`codes show`, `validate`, `index`, `diff`). JSON output is the objects themselves.
import { dotted } from './code';
import type { Icd10cmDetails } from './icd10cm-lookup';
import type { IndexLookup } from './index-leads';
import type { CodeInfo } from './lookup';
import type { ReleaseDiff } from './diff';
import type { Validation } from './validate';
import type { NoteKind } from './types';

const NOTE_LABELS: Record<NoteKind, string> = {
  inclusionTerm: 'Inclusion terms',
  includes: 'Includes',
  excludes1: 'Excludes1',
  excludes2: 'Excludes2',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
  codeAlso: 'Code also',
  notes: 'Notes',
};

function list<T>(items: readonly T[], max: number, render: (t: T) => string): string[] {
  const lines = items.slice(0, max).map(render);
  if (items.length > max) lines.push(`  ... and ${items.length - max} more`);
  return lines;
}

export function renderValidation(v: Validation): string[] {
  if (v.status === 'billable') return [`${v.display}  VALID (billable) in ${v.release}`, `  ${v.title}`];
  if (v.status === 'header') {
    return [
      `${v.display}  NOT BILLABLE: a header in ${v.release} (${v.title})`,
      `  billable codes below it (${v.billableChildren.length}):`,
      ...list(v.billableChildren, 25, (c) => `    ${c.code.padEnd(9)} ${c.title}`),
    ];
  }
  return [`${v.code ? v.input.trim() : v.input}  INVALID (${v.reason.replaceAll('_', ' ')})`, `  ${v.message}`, ...(v.suggestions.length ? [`  did you mean: ${v.suggestions.slice(0, 20).join(', ')}`] : [])];
}

function renderIcd10cmDetails(d: Icd10cmDetails): string[] {
  const lines: string[] = [];
  if (d.hierarchy.length) {
    lines.push('In the Tabular List:');
    for (const h of d.hierarchy) lines.push(`  ${h.level === 'chapter' ? `Chapter ${h.id}` : h.id}  ${h.title}`);
  }
  if (d.seventhCharacter) {
    const s = d.seventhCharacter;
    lines.push(`7th character (sevenChrDef at ${s.from})${s.char ? `: ${s.char} = ${s.meaning ?? '?'}` : ''}`);
    if (!s.char) for (const [c, m] of Object.entries(s.extensions)) lines.push(`  ${c}  ${m}`);
  }
  const kinds = [...new Set(d.notes.map((n) => n.kind))];
  for (const kind of kinds) {
    lines.push(`${NOTE_LABELS[kind]}:`);
    for (const n of d.notes.filter((x) => x.kind === kind)) lines.push(`  - ${n.text}${n.inherited ? `   [from ${n.from.level === 'chapter' ? `chapter ${n.from.id}` : n.from.level === 'diag' ? dotted(n.from.id) : n.from.id}]` : ''}`);
  }
  if (d.notesFrom) lines.push(`(notes from the ${d.notesFrom} Tabular List: this release has no tabular of its own)`);
  if (d.billableChildren.length) {
    lines.push(`Billable codes below it (${d.billableChildren.length}):`);
    lines.push(...list(d.billableChildren, 25, (c) => `  ${c.code.padEnd(9)} ${c.title}`));
  }
  lines.push(`History: ${d.history.map((h) => `${h.release} ${h.status}`).join(', ')}`);
  return lines;
}

export function renderCodeInfo(info: CodeInfo): string[] {
  const head = `${info.code}  ${info.title}`;
  const lines = [head, `  system ${info.system}${info.release ? `, ${info.release}` : ''}${info.effective ? ` (${info.effective.from} to ${info.effective.to ?? 'open'})` : ''}, ${info.billable ? 'billable' : 'not billable (header)'}`];
  if (info.validOnDate !== undefined) lines.push(info.validOnDate ? '  valid on the date of service' : `  NOT valid on the date of service: ${info.invalidReason ?? ''}`);
  if (info.system === 'ICD10CM') lines.push(...renderIcd10cmDetails(info.details as unknown as Icd10cmDetails));
  else for (const [k, v] of Object.entries(info.details)) lines.push(`  ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  return lines;
}

export function renderIndexLookup(r: IndexLookup): string[] {
  const lines = [`Alphabetic Index (${r.indexRelease}), codes checked against the ${r.release} Tabular List`];
  r.steps.forEach((s, i) => lines.push(`${'  '.repeat(i)}${s.how === 'see' ? '→ ' : ''}${s.printed}${s.note ? `   (${s.note})` : ''}`));
  if (r.alternatives.length) lines.push(`  other main terms starting so: ${r.alternatives.slice(0, 8).join('; ')}`);
  if (r.stop) {
    lines.push(`Stopped: ${r.stop.reason}`);
    if (r.stop.available.length) lines.push(`  subterms there: ${r.stop.available.slice(0, 30).join('; ')}`);
  }
  for (const l of r.leads) {
    const tag = l.role === 'manifestation' ? `[${l.code}] manifestation` : l.role;
    lines.push(`  ${l.printed.padEnd(9)} ${l.status.replaceAll('_', ' ')}  ${l.title ?? ''}  (${tag}${l.nec ? ', NEC' : ''}${l.nos ? ', NOS' : ''})`);
    if (l.billableCount) lines.push(`      ${l.billableCount} billable: ${l.billableCodes.join(', ')}${l.billableCount > l.billableCodes.length ? ', ...' : ''}`);
  }
  if (r.see) lines.push(`  see: ${r.see}`);
  if (r.seeAlso) lines.push(`  see also: ${r.seeAlso}${r.seeAlso === 'condition' ? ' (look up the condition, not the site)' : ''}`);
  if (!r.stop && r.subterms.length) lines.push(`  subterms: ${r.subterms.slice(0, 30).join('; ')}${r.subterms.length > 30 ? '; ...' : ''}`);
  return lines;
}

export function renderDiff(d: ReleaseDiff, max = 50): string[] {
  return [
    `${d.from} → ${d.to}: ${d.added.length} added, ${d.deleted.length} deleted, ${d.retitled.length} retitled, ${d.billableChanged.length} changed between header and billable`,
    `Added (${d.added.length}):`,
    ...list(d.added, max, (a) => `  + ${a.code.padEnd(9)} ${a.title}${a.billable ? '' : ' [header]'}`),
    `Deleted (${d.deleted.length}):`,
    ...list(d.deleted, max, (a) => `  - ${a.code.padEnd(9)} ${a.title}${a.billable ? '' : ' [header]'}`),
    `Retitled (${d.retitled.length}):`,
    ...list(d.retitled, max, (r) => `  ~ ${r.code.padEnd(9)} ${r.from}\n    ${' '.repeat(9)} → ${r.to}`),
    `Header/billable changes (${d.billableChanged.length}):`,
    ...list(d.billableChanged, max, (c) => `  * ${c.code.padEnd(9)} ${c.wasBillable ? 'billable → header' : 'header → billable'}  ${c.title}`),
  ];
}
