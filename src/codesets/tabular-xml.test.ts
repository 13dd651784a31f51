import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../errors/index';
import { findCode } from './code-table';
import { fixtureRelease2023, icd10cmExcerpt, TABULAR_FILE } from './fixtures.testkit';
import { createTabularParser, parseTabularXml } from './tabular-xml';
import type { Tabular } from './types';

// An excerpt of the official FY2023 Tabular List (fixtures.testkit.ts); without ../shared/data it skips.
const excerpt = icd10cmExcerpt();

describe.skipIf(!excerpt)('Tabular List XML loader', () => {
  let tabular: Tabular;
  beforeAll(() => {
    tabular = parseTabularXml(excerpt!.tabularXml, TABULAR_FILE);
  });

  it('reads chapters, sections and diags with their parents', () => {
    expect(tabular.version).toBe('2023');
    const s72001 = tabular.nodes.find((n) => n.id === 'S72001')!;
    expect(s72001.title).toBe('Fracture of unspecified part of neck of right femur');
    const chain: string[] = [];
    for (let i = s72001.parent; i >= 0; i = tabular.nodes[i]!.parent) chain.push(tabular.nodes[i]!.id);
    expect(chain).toEqual(['S7200', 'S720', 'S72', 'S70-S79', '19']);
  });

  it('keeps each instructional note on the node that prints it', () => {
    const e11 = tabular.nodes.find((n) => n.id === 'E11')!;
    expect(e11.notes.excludes1).toHaveLength(8);
    expect(e11.notes.excludes1).toContain('type 1 diabetes mellitus (E10.-)');
    expect(e11.notes.useAdditionalCode).toEqual(['code to identify control using:', 'insulin (Z79.4)', 'oral antidiabetic drugs (Z79.84)', 'oral hypoglycemic drugs (Z79.84)']);
    expect(e11.notes.includes).toEqual(['diabetes (mellitus) due to insulin secretory defect', 'diabetes NOS', 'insulin resistant diabetes (mellitus)']);
    expect(tabular.nodes.find((n) => n.id === 'E1142')!.notes.inclusionTerm).toEqual(['Type 2 diabetes mellitus with diabetic neuralgia']);
    const chapter19 = tabular.nodes.find((n) => n.level === 'chapter' && n.id === '19')!;
    expect(chapter19.notes.excludes1).toEqual(['birth trauma (P10-P15)', 'obstetric trauma (O70-O71)']);
    expect(tabular.nodes.find((n) => n.id === 'S70-S79')!.notes.excludes2).toContain('frostbite (T33-T34)');
  });

  it('reads sevenChrDef with its sevenChrNote', () => {
    const s72 = tabular.nodes.find((n) => n.id === 'S72')!;
    expect(Object.keys(s72.sevenChrDef?.extensions ?? {})).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'M', 'N', 'P', 'Q', 'R', 'S']);
    expect(s72.sevenChrDef?.extensions).toMatchObject({ A: 'initial encounter for closed fracture', S: 'sequela' });
    expect(s72.sevenChrDef?.note).toMatch(/7th character is to be added to all codes from category S72/);
  });

  it('expands 7th characters with placeholder X into billable codes, leaving the 6-character stem a header', () => {
    const release = fixtureRelease2023();
    expect(findCode(release.table, 'S72001A')).toEqual({
      code: 'S72001A',
      title: 'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture',
      billable: true,
    });
    expect(findCode(release.table, 'S020XXD')?.billable).toBe(true);
    expect(findCode(release.table, 'T360X1A')?.billable).toBe(true);
    expect(findCode(release.table, 'S72001')?.billable).toBe(false);
    expect(findCode(release.table, 'E119')?.billable).toBe(true);
    expect(findCode(release.table, 'E11')?.billable).toBe(false);
  });

  it('accepts the document in chunks cut anywhere', () => {
    const xml = excerpt!.tabularXml;
    const parser = createTabularParser(TABULAR_FILE);
    for (let i = 0; i < xml.length; i += 7) parser.write(xml.slice(i, i + 7));
    expect(parser.end().nodes.length).toBe(tabular.nodes.length);
  });

  it('stops a truncated file with file, line and the element it expected', () => {
    const xml = excerpt!.tabularXml;
    const cut = xml.slice(0, xml.indexOf('<name>S72.30</name>'));
    const line = cut.split('\n').length;
    let error: unknown;
    try {
      parseTabularXml(cut, 'cut.xml');
    } catch (e) {
      error = e;
    }
    expect(isAppError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^cut\.xml:\d+: file ends inside <diag>: expected <\/diag>/);
    expect(Math.abs(((error as { location: { line: number } }).location.line) - line)).toBeLessThanOrEqual(1);
  });
});

// Invented documents, written here: they only test the loader's handling of the format.
describe('Tabular List XML loader on bad input', () => {
  it('stops malformed XML with the line of the fault', () => {
    const bad = '<?xml version="1.0"?>\n<ICD10CM.tabular>\n<version>2023</version>\n<chapter><name>1</name>\n<desc>x</dsc>\n</chapter></ICD10CM.tabular>';
    expect(() => parseTabularXml(bad, 'bad.xml')).toThrow(/bad\.xml:5: /);
  });

  it('refuses a document that is not a tabular', () => {
    expect(() => parseTabularXml('<ICD10CM.index><version>2023</version></ICD10CM.index>', 'idx.xml')).toThrow(
      /expected root <ICD10CM.tabular>, found <ICD10CM.index>/,
    );
  });
});
