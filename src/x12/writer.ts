// The writer. 5010 has no release (escape) character, so data containing a delimiter cannot be written:
// it is refused with the segment and element named, never silently altered.
import type { Delimiters, Segment } from './segment';
import { X12WriteError } from './errors';

/** A segment to write: elements[0] is the id; composites and repetitions already joined. */
export type OutSegment = Pick<Segment, 'id' | 'elements'>;

export interface WriteOptions {
  /** Written after every segment terminator: '' (one line, the default), '\n' or '\r\n'. */
  lineEnding?: '' | '\n' | '\r\n';
  /** Position of the first segment, for error messages (default 1). */
  firstPosition?: number;
}

/**
 * Writes segments with the given delimiters, omitting trailing empty elements. Throws X12WriteError naming
 * the segment position, id and element when an element contains the element separator, the segment
 * terminator or a control character.
 */
export function writeSegments(segments: readonly OutSegment[], delimiters: Delimiters, options: WriteOptions = {}): string {
  const suffix = delimiters.segment + (options.lineEnding ?? '');
  const first = options.firstPosition ?? 1;
  const separator = charCode(delimiters.element);
  const terminator = charCode(delimiters.segment);
  const parts: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    let last = s.elements.length - 1;
    while (last > 0 && s.elements[last] === '') last--;
    for (let e = 1; e <= last; e++) {
      const value = s.elements[e]!;
      if (!plain(value, separator, terminator)) checkElement(s, e, value, delimiters, first + i);
    }
    if (!isSegmentId(s.id) || s.elements[0] !== s.id) {
      throw new X12WriteError('x12.write.bad_segment_id', `Segment ${first + i}: "${s.id}" is not a segment id.`, {
        segmentPosition: first + i,
        segmentId: s.id,
        element: '',
      });
    }
    parts.push(last === s.elements.length - 1 ? s.elements.join(delimiters.element) : s.elements.slice(0, last + 1).join(delimiters.element));
  }
  return parts.length ? parts.join(suffix) + suffix : '';
}

/** A one-character delimiter's code, else -1 (checkElement then looks at every value). */
function charCode(delimiter: string): number {
  return delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
}

/**
 * Whether a value certainly holds neither delimiter nor a control character (checkElement, which says what
 * is wrong, runs only when not): compared by character code, as every element of every segment comes here.
 */
function plain(value: string, separator: number, terminator: number): boolean {
  if (separator < 0 || terminator < 0) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === separator || code === terminator || code < 32 || code === 127) return false;
  }
  return true;
}

/** Segment ids seen valid: the pattern runs once per id rather than once per segment. */
const segmentIds = new Set<string>();

function isSegmentId(id: string): boolean {
  if (segmentIds.has(id)) return true;
  if (!/^[A-Z][A-Z0-9]{1,2}$/.test(id)) return false;
  if (segmentIds.size < 1000) segmentIds.add(id);
  return true;
}

function checkElement(s: OutSegment, e: number, value: string, d: Delimiters, position: number): void {
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = value.charCodeAt(i);
    if (ch === d.element || ch === d.segment || code < 32 || code === 127) {
      const what = ch === d.element ? 'the element separator' : ch === d.segment ? 'the segment terminator' : 'a control character';
      const ref = `${s.id}${String(e).padStart(2, '0')}`;
      throw new X12WriteError(
        'x12.write.delimiter_in_data',
        `Cannot write segment ${position} (${s.id}): element ${ref} contains ${what} ${JSON.stringify(ch)} in "${value.slice(0, 40)}"; 5010 has no escape character, so the data must be changed.`,
        { segmentPosition: position, segmentId: s.id, element: ref },
      );
    }
  }
}

/**
 * Joins the components of a composite element (trailing empty components omitted). Throws when a
 * component contains any delimiter, naming `ref` (e.g. 'SVC01').
 */
export function composite(d: Delimiters, ref: string, ...components: (string | undefined)[]): string {
  const parts = components.map((c) => c ?? '');
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  parts.forEach((p, i) => checkText(p, d, `${ref}-${String(i + 1).padStart(2, '0')}`));
  return parts.join(d.component);
}

/** Joins repetitions of a repeating element with the repetition separator, checking each value. */
export function repeated(d: Delimiters, ref: string, values: readonly string[]): string {
  values.forEach((v) => checkText(v, d, ref));
  return values.join(d.repetition);
}

/** Refuses free text (names, addresses, notes) that contains any of the four delimiters. */
export function checkText(value: string, d: Delimiters, ref: string): string {
  for (const ch of [d.element, d.component, d.repetition, d.segment]) {
    if (ch && value.includes(ch)) {
      throw new X12WriteError(
        'x12.write.delimiter_in_data',
        `${ref} "${value.slice(0, 40)}" contains the delimiter ${JSON.stringify(ch)}; 5010 has no escape character, so the data must be changed.`,
        { segmentPosition: 0, segmentId: ref.slice(0, 3).replace(/\d+$/, ''), element: ref },
      );
    }
  }
  return value;
}

/** Builds an OutSegment from an id and its elements (undefined written as empty). */
export function seg(id: string, ...elements: (string | undefined)[]): OutSegment {
  return { id, elements: [id, ...elements.map((e) => e ?? '')] };
}
