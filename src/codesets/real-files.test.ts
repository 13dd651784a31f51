// One pass over the real FY2023 Tabular List and Index (and the FY2021 order file and FY2024 derived
// CSV) from ../shared/data/icd10cm. Skipped, with a message, where that folder is absent.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir } from '../config/index';
import { calendarDate } from '../dates/index';
import { findCode } from './code-table';
import { diffReleases } from './diff';
import { lookupIndex } from './index-leads';
import { hashFiles, loadRelease, planReleases } from './load-release-files';
import { notesFor, notesOfKind } from './notes';
import { ReleaseSet } from './release-set';
import { validateCode } from './validate';

const dir = sharedDataDir() ? join(sharedDataDir()!, 'icd10cm') : undefined;
const present = dir !== undefined && existsSync(join(dir, 'icd10cm_tabular_2023.xml'));
if (!present) console.warn('!! ../shared/data/icd10cm not found: the real-file test of the ICD-10-CM loaders is skipped');

describe.skipIf(!present)('the real ICD-10-CM files in ../shared/data/icd10cm', () => {
  let releases: ReleaseSet;
  beforeAll(async () => {
    const plans = planReleases(dir!);
    const hashes = await hashFiles(plans.flatMap((p) => p.files.map((f) => f.path)));
    releases = new ReleaseSet(await Promise.all(plans.map((p) => loadRelease(p, hashes))));
  });

  it('finds three fiscal years side by side: FY2021 order file, FY2023 XML, FY2024 derived CSV', () => {
    expect(releases.releases.map((r) => [r.label, r.sources.map((s) => s.kind).sort().join('+')])).toEqual([
      ['FY2021', 'order-file'],
      ['FY2023', 'index-xml+tabular-xml'],
      ['FY2024', 'order-csv'],
    ]);
  });

  it('reads the whole FY2023 Tabular List (PROVENANCE counts) and expands 7th characters', () => {
    const fy2023 = releases.byFiscalYear(2023)!;
    const nodes = fy2023.tabular!.tabular.nodes;
    expect(nodes.filter((n) => n.level === 'chapter')).toHaveLength(22);
    expect(nodes.filter((n) => n.level === 'section')).toHaveLength(296);
    expect(nodes.filter((n) => n.level === 'diag')).toHaveLength(45_869);
    expect(nodes.filter((n) => n.sevenChrDef)).toHaveLength(507);
    expect(fy2023.index!.mainTerms).toHaveLength(8_060);
    const billable = fy2023.table.billable.reduce((n, b) => n + b, 0);
    expect(billable).toBe(73_639);
    // S06 codes with 6th character 7 or 8 take only A (the note under S06), as the order files list them
    expect(findCode(fy2023.table, 'S06317A')?.billable).toBe(true);
    expect(findCode(fy2023.table, 'S06317D')).toBeUndefined();
    expect(findCode(releases.byFiscalYear(2021)!.table, 'S06317D')).toBeUndefined();
  });

  it('validates real codes on real dates', () => {
    const dos = calendarDate('2023-04-12');
    expect(validateCode(releases, 'S72.001A', dos)).toMatchObject({ status: 'billable' });
    expect(validateCode(releases, 't36.0x1a', dos)).toMatchObject({ status: 'billable' });
    expect(validateCode(releases, 'T36.01A', dos)).toMatchObject({ reason: 'needs_placeholder_x', suggestions: ['T36.0X1A'] });
    expect(validateCode(releases, 'S72.001', dos)).toMatchObject({ reason: 'requires_7th_character' });
    expect(validateCode(releases, 'E11', dos)).toMatchObject({ status: 'header' });
    expect(validateCode(releases, 'E20.810', dos)).toMatchObject({ reason: 'not_yet_in_effect' });
    expect(validateCode(releases, 'E20.810', calendarDate('2023-10-01'))).toMatchObject({ status: 'billable', release: 'FY2024' });
    expect(validateCode(releases, 'G20', calendarDate('2023-10-01'))).toMatchObject({ status: 'header' });
  });

  it('carries inherited notes: E11.9 has the Use additional code of E11 and the chapter 4 notes', () => {
    const notes = notesFor(releases.byFiscalYear(2023)!.tabular!, 'E119');
    expect(notesOfKind(notes, 'useAdditionalCode').some((n) => n.from.id === 'E11' && /insulin/i.test(n.text))).toBe(true);
    expect(notes.some((n) => n.from.level === 'chapter' && n.from.id === '4')).toBe(true);
  });

  it('walks the real index: fracture, femur, shaft', () => {
    const fy2023 = releases.byFiscalYear(2023)!;
    const found = lookupIndex(fy2023, fy2023, 'fracture, femur, shaft');
    expect(found.steps[0]!.printed).toMatch(/^Fracture, traumatic/);
    expect(found.leads[0]).toMatchObject({ printed: 'S72.30-', status: 'incomplete' });
  });

  it('diffs FY2023 with FY2024', () => {
    const diff = diffReleases(releases.byFiscalYear(2023)!, releases.byFiscalYear(2024)!, { billableOnly: true });
    expect(diff.added.map((a) => a.code)).toContain('E20.810');
    expect(diff.billableChanged.map((c) => c.code)).toContain('G20');
  });
});
