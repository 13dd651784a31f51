import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureRelease2023, fixtureRelease2024, icd10cmExcerpt, INDEX_FILE } from './fixtures.testkit';
import { lookupIndex } from './index-leads';
import { parseIndexXml } from './index-xml';
import type { Icd10cmRelease } from './release';

// An excerpt of the official FY2023 Alphabetic Index and Tabular List (fixtures.testkit.ts, which names
// the main terms kept); without ../shared/data these tests skip.
const excerpt = icd10cmExcerpt();

describe.skipIf(!excerpt)('Alphabetic Index loader', () => {
  let index: ReturnType<typeof parseIndexXml>;
  beforeAll(() => {
    index = parseIndexXml(excerpt!.indexXml, INDEX_FILE);
  });

  it('reads main terms, nested subterms, nonessential modifiers and references', () => {
    const diabetes = index.mainTerms[0]!;
    expect(diabetes).toMatchObject({ title: 'Diabetes, diabetic', nemod: '(mellitus) (sugar)', code: 'E11.9' });
    const type2 = diabetes.terms!.find((t) => t.title === 'type 2')!;
    expect(type2.code).toBe('E11.9');
    expect(type2.terms![0]!.terms!.find((t) => t.title === 'polyneuropathy')).toMatchObject({ code: 'E11.42' });
    const dementia = index.mainTerms.find((t) => t.title === 'Parkinsonism')!.terms!.find((t) => t.title === 'dementia');
    expect(dementia).toMatchObject({ code: 'G20', manif: 'F02.80', seeAlso: 'Dementia, in, diseases specified elsewhere' });
    expect(index.mainTerms.find((t) => t.title === 'Fracture, burst')?.see).toBe('Fracture, traumatic, by site');
    expect(index.mainTerms.find((t) => t.title === 'Pyelitis')?.seeAlso).toBe('Pyelonephritis');
    const pyelitis = index.mainTerms.find((t) => t.title === 'Pyelitis')!;
    expect(pyelitis.terms!.find((t) => t.title === 'with')!.terms!.find((t) => t.title === 'calculus')?.seeCategory).toBe('N20');
  });

  it('stops a truncated index with file and line', () => {
    const xml = excerpt!.indexXml;
    expect(() => parseIndexXml(xml.slice(0, xml.indexOf('<title>Pyelitis')), 'cut.xml')).toThrow(/^cut\.xml:\d+: file ends inside <mainTerm>/);
  });
});

describe.skipIf(!excerpt)('walking the index as a coder phrases it', () => {
  let release: Icd10cmRelease;
  beforeAll(() => {
    release = fixtureRelease2023();
  });

  it("'fracture, femur, shaft' goes through 'Fracture, traumatic' and verifies the code against the tabular", () => {
    const found = lookupIndex(release, release, 'fracture, femur, shaft');
    expect(found.steps.map((s) => s.printed)).toEqual([
      'Fracture, traumatic (abduction) (adduction) (separation)',
      'femur, femoral',
      'shaft (lower third) (middle third) (upper third)',
    ]);
    expect(found.steps[0]!.note).toMatch(/no main term 'fracture' by itself/);
    expect(found.alternatives).toEqual(['Fracture, burst', 'Fracture, pathological']);
    expect(found.leads.map((l) => [l.printed, l.code, l.status])).toEqual([['S72.30-', 'S72.30', 'incomplete']]);
    expect(found.leads[0]!.billableCodes).toContain('S72.301A');
  });

  it('follows see to another main term and goes on with the rest of the query', () => {
    const found = lookupIndex(release, release, 'fracture, burst, skull, vault');
    expect(found.steps.map((s) => s.how)).toEqual(['main term', 'see', 'main term', 'subterm', 'subterm']);
    expect(found.leads[0]).toMatchObject({ code: 'S02.0', status: 'requires_7th_character' });
    expect(lookupIndex(release, release, "parkinson's disease").leads).toMatchObject([{ code: 'G20', status: 'billable' }]);
  });

  it('reads connectors (with) typed or not, and gives the manifestation pair in brackets', () => {
    expect(lookupIndex(release, release, 'diabetes, type 2, with polyneuropathy').leads[0]).toMatchObject({ code: 'E11.42', status: 'billable' });
    const untyped = lookupIndex(release, release, 'diabetes, polyneuropathy');
    expect(untyped.steps.map((s) => s.how)).toEqual(['main term', 'through connector', 'subterm']);
    expect(untyped.leads[0]).toMatchObject({ code: 'E11.42', status: 'billable' });
    const pair = lookupIndex(release, release, 'parkinsonism, dementia');
    expect(pair.leads.map((l) => [l.code, l.role, l.status])).toEqual([
      ['G20', 'code', 'billable'],
      ['F02.80', 'manifestation', 'billable'],
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
    // A41 is left out of the tabular excerpt on purpose: a lead the release does not have is 'unknown'
    expect(sepsis.leads[0]).toMatchObject({ printed: 'A41.5', status: 'unknown' });
  });

  it('says where the walk stopped and why, with the subterms available there', () => {
    const found = lookupIndex(release, release, 'fracture, femur, wrist');
    expect(found.unmatched).toEqual(['wrist']);
    expect(found.stop?.reason).toMatch(/no subterm 'wrist' under 'Fracture, traumatic .* > femur, femoral'/);
    expect(found.stop?.available).toHaveLength(21);
    expect(found.stop?.available).toEqual(expect.arrayContaining(['condyles, epicondyles', 'neck', 'shaft', 'upper end']));
    expect(found.leads[0]).toMatchObject({ printed: 'S72.9-', status: 'unknown' });
    expect(lookupIndex(release, release, 'pyelitis')).toMatchObject({ seeAlso: 'Pyelonephritis', leads: [] });
    expect(lookupIndex(release, release, 'pyelitis, with calculus').leads[0]).toMatchObject({ role: 'see category', code: 'N20' });
  });

  it('verifies the leads against the release in effect, not the index year', () => {
    // G20 is billable in FY2023; FY2024 expanded it into G20.A1-G20.C
    expect(lookupIndex(release, release, 'parkinsonism').leads[0]).toMatchObject({ code: 'G20', status: 'billable' });
    const found = lookupIndex(release, fixtureRelease2024(), 'parkinsonism');
    expect(found).toMatchObject({ release: 'FY2024', indexRelease: 'FY2023' });
    expect(found.leads[0]).toMatchObject({ code: 'G20', status: 'header', billableCodes: ['G20.A1', 'G20.A2', 'G20.B1', 'G20.B2', 'G20.C'] });
  });
});
