// Reading a raw segment's elements into a reused array: String.split allocates an array per segment and
// costs more than the rest of the scan, while the fast 835 reader needs the elements of one segment at a time.

/** A number for a 2- or 3-character segment id ending at `end` (0 when it is not 2 or 3 characters). */
export function idCode(raw: string, end: number): number {
  if (end === 3) return (raw.charCodeAt(0) << 16) | (raw.charCodeAt(1) << 8) | raw.charCodeAt(2);
  if (end === 2) return (raw.charCodeAt(0) << 16) | (raw.charCodeAt(1) << 8);
  return 0;
}

/** idCode of an id string. */
export function codeOf(id: string): number {
  return idCode(id, id.length);
}

/**
 * Fills `out` as raw.split(separator) would, except that out[0] is `id` (the same text, but the interned
 * string, so comparisons stay cheap) and that slots left from a longer segment are set to '' rather than
 * cut off (shrinking the array costs more): every reader treats a trailing '' as an absent element.
 * `idEnd` is the index of the first separator (or raw.length). Returns the number of elements (with the id).
 */
export function fieldsInto(raw: string, separator: string, id: string, idEnd: number, out: string[]): number {
  out[0] = id;
  let n = 1;
  let at = idEnd + 1;
  if (idEnd < raw.length) {
    for (;;) {
      const next = raw.indexOf(separator, at);
      if (next < 0) break;
      out[n++] = raw.slice(at, next);
      at = next + 1;
    }
    out[n++] = raw.slice(at);
  }
  for (let i = n; i < out.length; i++) out[i] = '';
  return n;
}
