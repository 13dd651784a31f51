// Splitting service lines into form pages, and keeping one copy of warnings that every page repeats.
import type { FormWarning } from './types';

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Claim-level items print on every page, so their warnings would repeat: keep the first page's. */
export function dedupeWarnings(warnings: FormWarning[]): FormWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.item}|${w.line ?? ''}|${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
