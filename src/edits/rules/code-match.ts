// Code lists in rules: exact codes ('82306'), ranges ('99202-99215', same length, compared as text),
// and for diagnoses prefixes ('E55' covers E55.0, E55.9). Dots are ignored.

export function matchesCodeList(code: string, list: readonly string[], prefixes: boolean): boolean {
  const c = code.replace('.', '').toUpperCase();
  for (const raw of list) {
    const item = raw.replaceAll('.', '').toUpperCase();
    const dash = item.indexOf('-');
    if (dash > 0) {
      const from = item.slice(0, dash);
      const to = item.slice(dash + 1);
      const head = prefixes ? c.slice(0, from.length) : c;
      if (head >= from && head <= to) return true;
    } else if (prefixes ? c.startsWith(item) : c === item) {
      return true;
    }
  }
  return false;
}
