// Test support: the small official-format fixtures under fixtures/, parsed into releases.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIndexXml } from './index-xml';
import { parseOrderCsv } from './order-csv';
import { parseOrderFile } from './order-file';
import { buildRelease, type Icd10cmRelease } from './release';
import { ReleaseSet } from './release-set';
import { parseTabularXml } from './tabular-xml';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

const source = (kind: 'tabular-xml' | 'order-csv' | 'order-file', file: string) => ({ kind, file, sha256: `fixture:${file}` });

export function fixtureRelease2023(): Icd10cmRelease {
  return buildRelease({
    fiscalYear: 2023,
    sources: [source('tabular-xml', 'icd10cm/icd10cm_tabular_2023.xml')],
    contentHash: 'fixture-2023',
    tabular: parseTabularXml(fixture('icd10cm/icd10cm_tabular_2023.xml'), 'icd10cm/icd10cm_tabular_2023.xml'),
    index: parseIndexXml(fixture('icd10cm/icd10cm_index_2023.xml'), 'icd10cm/icd10cm_index_2023.xml'),
  });
}

export function fixtureRelease2024(): Icd10cmRelease {
  return buildRelease({
    fiscalYear: 2024,
    sources: [source('order-csv', 'icd10cm/icd10cm_codes_2024_mini.csv')],
    contentHash: 'fixture-2024',
    codes: parseOrderCsv(fixture('icd10cm/icd10cm_codes_2024_mini.csv'), 'icd10cm/icd10cm_codes_2024_mini.csv'),
  });
}

export function fixtureRelease2021(): Icd10cmRelease {
  return buildRelease({
    fiscalYear: 2021,
    sources: [source('order-file', 'icd10cm/icd10cm-order-Jan-2021.txt')],
    contentHash: 'fixture-2021',
    codes: parseOrderFile(fixture('icd10cm/icd10cm-order-Jan-2021.txt'), 'icd10cm/icd10cm-order-Jan-2021.txt'),
  });
}

export function fixtureReleaseSet(): ReleaseSet {
  return new ReleaseSet([fixtureRelease2021(), fixtureRelease2023(), fixtureRelease2024()]);
}
