// Segment codecs: one table per segment maps element positions to readable field names (the guide's
// element names in camelCase) and to a value kind, so a Segment becomes a typed object and back without
// a hand-written reader and writer per segment. Amounts become integer cents, counts become numbers.
import { parseDollars, toDecimal, cents } from '../deps';
import type { Cents } from '../deps';
import type { Delimiters, Segment } from '../segment';
import { oncePer } from '../once-per';

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
  const out: Record<string, string> = {};
  if (!text.includes(d.component)) {
    out[names[0]!] = text;
    return out;
  }
  const parts = text.split(d.component);
  for (let i = 0; i < names.length; i++) {
    const v = parts[i];
    if (v) out[names[i]!] = v;
  }
  return out;
}

export function decodeSegment<V>(codec: SegmentCodec<V>, seg: Segment, d: Delimiters, problems: DecodeProblem[] = []): V {
  const out: Record<string, unknown> = {};
  const elements = seg.elements;
  for (const f of fieldsOf(codec.fields, codec.id)) {
    const raw = elements[f.pos];
    if (raw === undefined || raw === '') continue;
    if (f.kind === 'text') out[f.name] = raw;
    else if (f.kind) {
      const v = decodeScalar(raw, f.kind);
      if (v === undefined) problems.push({ position: f.pos, value: raw, kind: f.kind });
      else out[f.name] = v;
    } else {
      out[f.name] = decodeComposite(raw, f.components!, d);
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

/** Reports a value that contains a delimiter: the field (component path), its element reference and the character. */
export type DelimiterHit = (field: string, ref: string, value: string, ch: string) => never;

interface CompiledField {
  name: string;
  pos: number;
  ref: string;
  kind: ScalarKind | undefined;
  components: readonly string[] | undefined;
}

const compiledFields = new WeakMap<FieldTable, CompiledField[]>();

/** The field table as a flat array, computed once per codec (the writer is on the hot path). */
function fieldsOf(table: FieldTable, id: string): CompiledField[] {
  let list = compiledFields.get(table);
  if (!list) {
    list = Object.entries(table).map(([name, def]) => ({
      name, pos: def[0], ref: `${id}${String(def[0]).padStart(2, '0')}`,
      kind: typeof def[1] === 'string' ? def[1] : undefined,
      components: typeof def[1] === 'string' ? undefined : def[1],
    }));
    compiledFields.set(table, list);
  }
  return list;
}

const patterns = new WeakMap<Delimiters, RegExp>();

/** One character class with the four delimiters, so a value is checked with a single test. */
export function delimiterPattern(d: Delimiters): RegExp {
  let re = patterns.get(d);
  if (!re) {
    const chars = [d.element, d.component, d.repetition, d.segment].filter((c) => c).map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
    re = new RegExp(`[${chars}]`);
    patterns.set(d, re);
  }
  return re;
}

function checked(text: string, re: RegExp, hit: DelimiterHit | undefined, field: string, ref: string): string {
  if (hit && re.test(text)) hit(field, ref, text, re.exec(text)![0]);
  return text;
}

function encodeComposite(value: Record<string, unknown> | undefined, names: readonly string[], d: Delimiters, re: RegExp, hit: DelimiterHit | undefined, field: string, ref: string): string {
  if (!value) return '';
  let out = '';
  let pending = '';
  for (let i = 0; i < names.length; i++) {
    const v = value[names[i]!];
    const text = typeof v === 'string' ? checked(v, re, hit, `${field}.${names[i]!}`, `${ref}-${i + 1}`) : '';
    if (text === '') {
      pending += i === 0 ? '' : d.component;
      continue;
    }
    out += (i === 0 ? '' : pending + d.component) + text;
    pending = '';
  }
  return out;
}

/**
 * Writes the elements of a segment, dropping trailing empty elements (keeping interior ones). With
 * `hit`, every text value is checked for the delimiters first.
 */
export function encodeSegment<V>(codec: SegmentCodec<V>, value: V, d: Delimiters, hit?: DelimiterHit): Segment {
  const elements = encoderOf(codec)(value as Record<string, unknown>, d, delimiterPattern(d), hit);
  return { id: codec.id, elements, position: 0 };
}

/** One field's element text (the field's value is defined). */
function encodeField(f: CompiledField, v: unknown, d: Delimiters, re: RegExp, hit: DelimiterHit | undefined): string {
  return f.kind
    ? f.kind === 'text' && typeof v === 'string' ? checked(v, re, hit, f.name, f.ref) : encodeScalar(v, f.kind)
    : encodeComposite(v as Record<string, unknown>, f.components!, d, re, hit, f.name, f.ref);
}

export type Encoder = (value: Record<string, unknown>, d: Delimiters, re: RegExp, hit: DelimiterHit | undefined) => string[];

/** A codec's compiled writer: the segment's elements, trailing empties dropped. */
export const encoderOf: (codec: SegmentCodec<unknown>) => Encoder = oncePer(compileEncoder);

/**
 * Every segment of every 837 is written here, so each codec gets its own function: a generic loop reads
 * each field by a computed name (a slow, megamorphic lookup) and grows its array past the size it needs;
 * the compiled one reads each field by its own name into an array made at its final size. The names come
 * from the codec tables in this module's source, never from data.
 */
function compileEncoder(codec: SegmentCodec<unknown>): Encoder {
  const fields = fieldsOf(codec.fields, codec.id);
  const size = Math.max(0, ...fields.map((f) => f.pos)) + 1;
  const body = [
    `const el = [id${', ""'.repeat(size - 1)}];`,
    'let x;',
    ...fields.map((f, i) => `x = value[${JSON.stringify(f.name)}]; if (x !== undefined) el[${f.pos}] = field(F[${i}], x, d, re, hit);`),
    codec.list ? `list(codec, value[${JSON.stringify(codec.list.name)}], el, d, re, hit);` : '',
    'let n = el.length; while (n > 1 && el[n - 1] === "") n--; el.length = n;',
    'return el;',
  ].join('\n');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from the codec tables only (see above)
  const make = new Function('id', 'F', 'field', 'list', 'codec', `return function encode${codec.id.replace(/\W/g, '_')}(value, d, re, hit) {\n${body}\n};`) as (
    id: string, F: CompiledField[], field: typeof encodeField, list: typeof encodeList, codec: SegmentCodec<unknown>,
  ) => Encoder;
  return make(codec.id, fields, encodeField, encodeList, codec);
}

function encodeList(codec: SegmentCodec<unknown>, entries: unknown[] | undefined, elements: string[], d: Delimiters, re: RegExp, hit: DelimiterHit | undefined): void {
  const list = codec.list!;
  (entries ?? []).forEach((entry, i) => {
    const p = list.from + i * list.stride;
    while (elements.length < p) elements.push('');
    const ref = `${codec.id}${String(p).padStart(2, '0')}`;
    const field = `${list.name}[${i}]`;
    if (list.stride === 1) {
      elements[p] = list.components
        ? encodeComposite(entry as Record<string, unknown>, list.components, d, re, hit, field, ref)
        : checked(String(entry), re, hit, field, ref);
      return;
    }
    (list.parts ?? []).forEach(([name, kind], j) => {
      const v = (entry as Record<string, unknown>)[name];
      elements[p + j] = kind === 'text' && typeof v === 'string' ? checked(v, re, hit, `${field}.${name}`, `${codec.id}${String(p + j).padStart(2, '0')}`) : encodeScalar(v, kind);
    });
  });
}
