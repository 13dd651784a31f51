// Medicare Code Editor diagnosis lists: age ranges (newborn 0, pediatric 0-17, maternity 9-64,
// adult 15-124), sex (female only / male only) and manifestation codes (never first-listed).
//
// Parsed from the MCE "definitions" CSV (../shared/data/mce/mce_v41.1_fy2024_dx_conflicts.csv):
//   icd_code,icd_description,icd_conflict_group,icd_conflict_rule
// where the group is Age, Sex or Other and the rule names the list, e.g. "Maternity (Ages 9-64)".
import { normalizeIcd10cm, splitCsvLine } from '../../codesets/index';
import { AppError } from '../../errors/index';

export type MceList = 'newborn' | 'pediatric' | 'maternity' | 'adult' | 'female' | 'male' | 'manifestation';

export const MCE_AGE_RANGES: Readonly<Record<'newborn' | 'pediatric' | 'maternity' | 'adult', { min: number; max: number; label: string }>> = {
  newborn: { min: 0, max: 0, label: 'newborn (age 0)' },
  pediatric: { min: 0, max: 17, label: 'pediatric (ages 0-17)' },
  maternity: { min: 9, max: 64, label: 'maternity (ages 9-64)' },
  adult: { min: 15, max: 124, label: 'adult (ages 15-124)' },
};

export class MceTable {
  private readonly lists = new Map<string, MceList[]>();

  constructor(entries: Iterable<{ code: string; list: MceList }> = []) {
    for (const e of entries) {
      const at = this.lists.get(e.code);
      if (!at) this.lists.set(e.code, [e.list]);
      else if (!at.includes(e.list)) at.push(e.list);
    }
  }

  get size(): number {
    return this.lists.size;
  }

  /** The lists a code (no dot) is on. */
  listsOf(code: string): readonly MceList[] {
    return this.lists.get(code) ?? [];
  }
}

function listOf(group: string, rule: string): MceList | undefined {
  const r = rule.toLowerCase();
  if (group === 'Age') {
    if (r.includes('newborn')) return 'newborn';
    if (r.includes('pediatric')) return 'pediatric';
    if (r.includes('maternity')) return 'maternity';
    if (r.includes('adult')) return 'adult';
  }
  if (group === 'Sex') return r.includes('female') ? 'female' : r.includes('male') ? 'male' : undefined;
  if (group === 'Other' && r.includes('manifestation')) return 'manifestation';
  return undefined;
}

export function parseMceConflicts(text: string, file: string): MceTable {
  const lines = text.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim());
  const at = (name: string) => header.indexOf(name);
  const [code, group, rule] = [at('icd_code'), at('icd_conflict_group'), at('icd_conflict_rule')];
  if (code < 0 || group < 0 || rule < 0) {
    throw new AppError('input', 'mce.bad_file', `${file}:1: expected the columns icd_code, icd_conflict_group, icd_conflict_rule`, { file, line: 1 });
  }
  const entries: { code: string; list: MceList }[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const f = splitCsvLine(line);
    const normalized = normalizeIcd10cm(f[code] ?? '');
    if (!normalized) throw new AppError('input', 'mce.bad_row', `${file}:${i + 2}: '${f[code] ?? ''}' is not an ICD-10-CM code`, { file, line: i + 2 });
    const list = listOf((f[group] ?? '').trim(), f[rule] ?? '');
    if (list) entries.push({ code: normalized, list });
  });
  return new MceTable(entries);
}
