// ICD-10-CM code spelling: accepted in any case, with or without the dot; stored without it.

/** 'e11.9' → 'E119'; undefined when it cannot be an ICD-10-CM code (letter, digit, then up to 5 alphanumerics). */
export function normalizeIcd10cm(input: string): string | undefined {
  const compact = input.trim().toUpperCase().replace('.', '');
  return /^[A-Z][0-9][0-9A-Z]{1,5}$/.test(compact) ? compact : undefined;
}

/** 'E119' → 'E11.9'; three-character categories have no dot. */
export function dotted(code: string): string {
  return code.length > 3 ? `${code.slice(0, 3)}.${code.slice(3)}` : code;
}

/** Index references may end with '-' (incomplete: more characters required), e.g. 'S72.9-'. */
export function parseIndexCode(text: string): { code: string; incomplete: boolean } | undefined {
  const trimmed = text.trim();
  const incomplete = trimmed.endsWith('-');
  const code = normalizeIcd10cm(incomplete ? trimmed.slice(0, -1).replace(/\.$/, '') : trimmed);
  return code ? { code, incomplete } : undefined;
}
