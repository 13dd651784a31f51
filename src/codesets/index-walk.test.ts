import { describe, expect, it } from 'vitest';
import { fixture, fixtureRelease2023, fixtureRelease2024 } from './fixtures.testkit';
import { lookupIndex } from './index-leads';
import { parseIndexXml } from './index-xml';

describe('Alphabetic Index loader', () => {
  const index = parseIndexXml(fixture('icd10cm/icd10cm_index_2023.xml'), 'icd10cm/icd10cm_index_2023.xml');

  it('reads main terms, nested subterms, nonessential modifiers and references', () => {
    const diabetes = index.mainTerms[0]!;
    expect(diabetes).toMatchObject({ title: 'Diabetes, diabetic', nemod: '(mellitus) (sugar)', code: 'E11.9' });
    expect(diabetes.terms![0]!.terms![0]!.terms![0]).toMatchObject({ title: 'polyneuropathy', code: 'E11.42' });
    expect(diabetes.terms![1]).toMatchObject({ code: 'E11.42', manif: 'G63' });
    expect(index.mainTerms.find((t) => t.title === 'Fracture, burst')?.see).toBe('Fracture, traumatic, by site');
    expect(index.mainTerms.find((t) => t.title === 'Neuralgia')?.seeAlso).toBe('condition');
    expect(index.mainTerms.find((t) => t.title === 'Nodule')?.seeCategory).toBe('R22');
  });

  it('stops a truncated index with file and line', () => {
    const xml = fixture('icd10cm/icd10cm_index_2023.xml');
    expect(() => parseIndexXml(xml.slice(0, xml.indexOf('<title>N</title>')), 'cut.xml')).toThrow(/^cut\.xml:\d+: file ends inside <letter>/);
  });
});

describe('walking the index as a coder phrases it', () => {
  const release = fixtureRelease2023();

  it("'fracture, femur, shaft' goes through 'Fracture, traumatic' and verifies the code against the tabular", () => {
    const found = lookupIndex(release, release, 'fracture, femur, shaft');
    expect(found.steps.map((s) => s.printed)).toEqual([
      'Fracture, traumatic (abduction) (adduction)',
      'femur, femoral',
      'shaft (lower third) (middle third) (upper third)',
    ]);
    expect(found.steps[0]!.note).toMatch(/no main term 'fracture' by itself/);
    expect(found.alternatives).toContain('Fracture, pathological');
    expect(found.leads.map((l) => [l.printed, l.code, l.status])).toEqual([['S72.30-', 'S72.30', 'incomplete']]);
    expect(found.leads[0]!.billableCodes).toContain('S72.301A');
  });

  it('follows see to another main term and goes on with the rest of the query', () => {
    const found = lookupIndex(release, release, 'fracture, burst, skull, vault');
    expect(found.steps.map((s) => s.how)).toEqual(['main term', 'see', 'main term', 'subterm', 'subterm']);
    expect(found.leads[0]).toMatchObject({ code: 'S02.0', status: 'requires_7th_character' });
  });

  it('reads connectors (with) typed or not, and gives the manifestation pair in brackets', () => {
    expect(lookupIndex(release, release, 'diabetes, type 2, with polyneuropathy').leads[0]).toMatchObject({ code: 'E11.42', status: 'billable' });
    const pair = lookupIndex(release, release, 'Diabetes, polyneuropathy');
    expect(pair.leads.map((l) => [l.code, l.role, l.status])).toEqual([
      ['E11.42', 'code', 'billable'],
      ['G63', 'manifestation', 'billable'],
    ]);
  });

  it('reads nonessential modifiers typed along, an abbreviation in them, and a connector typed on its own', () => {
    expect(lookupIndex(release, release, 'infection, urinary tract').steps.map((s) => s.printed)).toEqual([
      'Infection, infected, infective (opportunistic)',
      'urinary (tract)',
    ]);
    const sepsis = lookupIndex(release, release, 'sepsis, due to, e. coli');
    expect(sepsis.steps.at(-1)?.printed).toBe('Escherichia coli (E. coli)');
    expect(sepsis.unmatched).toEqual([]);
    expect(sepsis.leads[0]).toMatchObject({ printed: 'A41.51', status: 'unknown' });
  });

  it('says where the walk stopped and why, with the subterms available there', () => {
    const found = lookupIndex(release, release, 'fracture, femur, condyle');
    expect(found.unmatched).toEqual(['condyle']);
    expect(found.stop?.reason).toMatch(/no subterm 'condyle' under 'Fracture, traumatic .* > femur, femoral'/);
    expect(found.stop?.available).toEqual(['neck', 'shaft']);
    expect(found.leads[0]).toMatchObject({ printed: 'S72.9-', status: 'unknown' });
    expect(lookupIndex(release, release, 'neuralgia')).toMatchObject({ seeAlso: 'condition' });
    expect(lookupIndex(release, release, 'nodule').leads[0]).toMatchObject({ role: 'see category', code: 'R22' });
  });

  it('verifies the leads against the release in effect, not the index year', () => {
    const found = lookupIndex(release, fixtureRelease2024(), 'diabetes, polyneuropathy');
    expect(found).toMatchObject({ release: 'FY2024', indexRelease: 'FY2023' });
    expect(found.leads[1]).toMatchObject({ code: 'G63', status: 'header', billableCodes: ['G63.0'] });
  });
});
