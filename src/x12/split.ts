// String.split for the one-character delimiters of X12, written out with indexOf: V8's split is several
// times slower on short segments, and every segment and composite read goes through here.

/** The same array as text.split(separator). */
export function splitOn(text: string, separator: string): string[] {
  if (separator.length !== 1) return text.split(separator);
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const next = text.indexOf(separator, at);
    if (next < 0) break;
    out.push(text.slice(at, next));
    at = next + 1;
  }
  out.push(text.slice(at));
  return out;
}
