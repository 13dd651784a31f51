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
    sources: [source('tabular-xml', 'tabular-mini.xml')],
    contentHash: 'fixture-2023',
    tabular: parseTabularXml(fixture('tabular-mini.xml'), 'tabular-mini.xml'),
    index: parseIndexXml(fixture('index-mini.xml'), 'index-mini.xml'),
  });
}

export function fixtureRelease2024(): Icd10cmRelease {
  return buildRelease({
    fiscalYear: 2024,
    sources: [source('order-csv', 'codes-2024-mini.csv')],
    contentHash: 'fixture-2024',
    codes: parseOrderCsv(fixture('codes-2024-mini.csv'), 'codes-2024-mini.csv'),
  });
}

export function fixtureRelease2021(): Icd10cmRelease {
  return buildRelease({
    fiscalYear: 2021,
    sources: [source('order-file', 'order-mini.txt')],
    contentHash: 'fixture-2021',
    codes: parseOrderFile(fixture('order-mini.txt'), 'order-mini.txt'),
  });
}

export function fixtureReleaseSet(): ReleaseSet {
  return new ReleaseSet([fixtureRelease2021(), fixtureRelease2023(), fixtureRelease2024()]);
}
