// Where each value of a JSON text starts (line numbers by path), so a rules file with a mistake can be
// refused with the line a billing manager has to fix. A small scanner over text JSON.parse accepted.

export type JsonPath = readonly (string | number)[];

export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** Line (1-based) where the value at each path starts. */
export function jsonValueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;
  const skip = () => {
    while (pos < text.length) {
      const c = text[pos]!;
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      pos++;
    }
  };
  const readString = (): string => {
    const start = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const value = (path: (string | number)[]): void => {
    skip();
    lines.set(pathKey(path), line);
    const c = text[pos];
    if (c === '{') {
      pos++;
      for (;;) {
        skip();
        if (text[pos] === '}') break;
        const key = readString();
        skip();
        pos++; // ':'
        value([...path, key]);
        skip();
        if (text[pos] === ',') pos++;
        else break;
      }
      pos++;
    } else if (c === '[') {
      pos++;
      for (let i = 0; ; i++) {
        skip();
        if (text[pos] === ']') break;
        value([...path, i]);
        skip();
        if (text[pos] === ',') pos++;
        else break;
      }
      pos++;
    } else if (c === '"') {
      readString();
    } else {
      while (pos < text.length && !/[,\]}\s]/.test(text[pos]!)) pos++;
    }
  };
  value([]);
  return lines;
}

/** The line of the deepest path that has one (zod may point past the last existing key). */
export function lineOf(lines: Map<string, number>, path: JsonPath): number {
  for (let n = path.length; n >= 0; n--) {
    const at = lines.get(pathKey(path.slice(0, n)));
    if (at !== undefined) return at;
  }
  return 1;
}

/** Line of a JSON.parse syntax error, from the position V8 reports. */
export function syntaxErrorLine(text: string, error: SyntaxError): number {
  const lineMatch = /line (\d+)/.exec(error.message);
  if (lineMatch) return Number(lineMatch[1]);
  const posMatch = /position (\d+)/.exec(error.message);
  if (!posMatch) return 1;
  return text.slice(0, Number(posMatch[1])).split('\n').length;
}
