// Segment codecs: one table per segment maps element positions to readable field names (the guide's
// element names in camelCase) and to a value kind, so a Segment becomes a typed object and back without
// a hand-written reader and writer per segment. Amounts become integer cents, counts become numbers.
import { parseDollars, toDecimal, cents } from '../deps';
import type { Cents } from '../deps';
import type { Delimiters, Segment } from '../segment';

/** text: AN/ID/DT/TM kept as written; amount: R money as Cents; decimal: R/N0 quantities as number. */
export type ScalarKind = 'text' | 'amount' | 'decimal';

/** A field: its element position and kind, or a composite with named components (all text). */
export type FieldDef = readonly [position: number, kind: ScalarKind] | readonly [position: number, components: readonly string[]];

export type FieldTable = Readonly<Record<string, FieldDef>>;

interface KindValue {
  text: string;
  amount: Cents;
  decimal: number;
}

type FieldValue<D> = D extends readonly [number, infer K]
  ? K extends ScalarKind
    ? KindValue[K]
    : K extends readonly string[]
      ? { [C in K[number]]?: string }
      : never
  : never;

/** The typed object of a segment described by field table T: every field optional, as X12 omits empties. */
export type SegmentValue<T extends FieldTable> = { -readonly [F in keyof T]?: FieldValue<T[F]> };

/** A "list" codec reads repeated element groups (HI composites, CAS triplets, CRC codes) into an array. */
export interface ListSpec {
  /** Field name of the array. */
  name: string;
  /** First element position of the list. */
  from: number;
  /** Last element position of the list. */
  to: number;
  /** Elements per entry: 1 for HI/CRC, 3 for CAS triplets. */
  stride: number;
  /** For stride 1, the entries are composites with these component names (HI); otherwise text. */
  components?: readonly string[];
  /** For stride > 1, the names and kinds of the entry's elements (CAS: reason, amount, quantity). */
  parts?: readonly (readonly [string, ScalarKind])[];
}

export interface SegmentCodec<V> {
  id: string;
  fields: FieldTable;
  list?: ListSpec;
  /** Marker for the value type; never read. */
  readonly _value?: V;
}

export function defineSegment<const T extends FieldTable>(id: string, fields: T): SegmentCodec<SegmentValue<T>> {
  return { id, fields };
}

export function defineListSegment<V>(id: string, fields: FieldTable, list: ListSpec): SegmentCodec<V> {
  return { id, fields, list };
}

/** A value that could not be read as its kind (e.g. an amount "12,50"). Reported, then dropped. */
export interface DecodeProblem {
  position: number;
  component?: number;
  value: string;
  kind: ScalarKind;
}

function decodeScalar(text: string, kind: ScalarKind): string | number | undefined {
  if (kind === 'text') return text;
  if (kind === 'amount') return parseDollars(text);
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

function encodeScalar(value: unknown, kind: ScalarKind): string {
  if (value === undefined || value === null) return '';
  if (kind === 'amount') return toDecimal(cents(value as number));
  if (kind === 'decimal') return formatDecimal(value as number);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : '';
}

/** R-type decimals: no exponent, no trailing zeros, no leading '+'. */
export function formatDecimal(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

function decodeComposite(text: string, names: readonly string[], d: Delimiters): Record<string, string> {
  const parts = text.split(d.component);
  const out: Record<string, string> = {};
  names.forEach((name, i) => {
    const v = parts[i];
    if (v) out[name] = v;
  });
  return out;
}

function encodeComposite(value: Record<string, string | undefined> | undefined, names: readonly string[], d: Delimiters): string {
  if (!value) return '';
  const parts = names.map((n) => value[n] ?? '');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(d.component);
}

export function decodeSegment<V>(codec: SegmentCodec<V>, seg: Segment, d: Delimiters, problems: DecodeProblem[] = []): V {
  const out: Record<string, unknown> = {};
  for (const [name, def] of Object.entries(codec.fields)) {
    const raw = seg.elements[def[0]] ?? '';
    if (raw === '') continue;
    if (typeof def[1] === 'string') {
      const v = decodeScalar(raw, def[1]);
      if (v === undefined) problems.push({ position: def[0], value: raw, kind: def[1] });
      else out[name] = v;
    } else {
      out[name] = decodeComposite(raw, def[1], d);
    }
  }
  if (codec.list) out[codec.list.name] = decodeList(codec.list, seg, d, problems);
  return out as V;
}

function decodeList(list: ListSpec, seg: Segment, d: Delimiters, problems: DecodeProblem[]): unknown[] {
  const entries: unknown[] = [];
  for (let p = list.from; p <= list.to; p += list.stride) {
    if (list.stride === 1) {
      const raw = seg.elements[p] ?? '';
      if (raw === '') continue;
      entries.push(list.components ? decodeComposite(raw, list.components, d) : raw);
      continue;
    }
    const entry: Record<string, unknown> = {};
    let any = false;
    (list.parts ?? []).forEach(([name, kind], i) => {
      const raw = seg.elements[p + i] ?? '';
      if (raw === '') return;
      any = true;
      const v = decodeScalar(raw, kind);
      if (v === undefined) problems.push({ position: p + i, value: raw, kind });
      else entry[name] = v;
    });
    if (any) entries.push(entry);
  }
  return entries;
}

/** Writes the elements of a segment, dropping trailing empty elements (keeping interior ones). */
export function encodeSegment<V>(codec: SegmentCodec<V>, value: V, d: Delimiters): Segment {
  const elements: string[] = [codec.id];
  const rec = value as Record<string, unknown>;
  for (const [name, def] of Object.entries(codec.fields)) {
    const v = rec[name];
    elements[def[0]] =
      typeof def[1] === 'string' ? encodeScalar(v, def[1]) : encodeComposite(v as Record<string, string> | undefined, def[1], d);
  }
  if (codec.list) encodeList(codec.list, rec[codec.list.name] as unknown[] | undefined, elements, d);
  for (let i = 1; i < elements.length; i++) elements[i] ??= '';
  while (elements.length > 1 && elements[elements.length - 1] === '') elements.pop();
  return { id: codec.id, elements, position: 0 };
}

function encodeList(list: ListSpec, entries: unknown[] | undefined, elements: string[], d: Delimiters): void {
  (entries ?? []).forEach((entry, i) => {
    const p = list.from + i * list.stride;
    if (list.stride === 1) {
      elements[p] = list.components ? encodeComposite(entry as Record<string, string>, list.components, d) : String(entry);
      return;
    }
    (list.parts ?? []).forEach(([name, kind], j) => {
      elements[p + j] = encodeScalar((entry as Record<string, unknown>)[name], kind);
    });
  });
}
