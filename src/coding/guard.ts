// Bad input: empty, binary, not English, too large. The engine answers with a warning and no codes.

export const MAX_NOTE_CHARS = 1_000_000;
const ENGLISH = new Set(['the', 'and', 'of', 'with', 'to', 'for', 'in', 'is', 'was', 'on', 'no', 'patient', 'pain', 'history', 'denies', 'year', 'old', 'a', 'he', 'she', 'her', 'his', 'mg', 'daily', 'exam', 'plan', 'assessment', 'normal']);

export function inputProblem(text: string): string | undefined {
  if (text.trim().length === 0) return 'the note is empty';
  if (text.length > MAX_NOTE_CHARS) return `the note is too large to be a clinical note (${(text.length / 1e6).toFixed(1)} million characters; the limit is ${MAX_NOTE_CHARS / 1e6} million)`;
  const sample = text.slice(0, 20_000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) control++;
  }
  if (control > sample.length * 0.01) return 'the input looks binary, not a text note';
  const words = sample.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  if (words.length >= 20) {
    const known = words.filter((w) => ENGLISH.has(w)).length;
    if (known / words.length < 0.03) return 'the note does not look like English; the engine codes English documentation only';
  }
  return undefined;
}
