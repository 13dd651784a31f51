// The Table of Drugs and the Neoplasm Table are not in ../shared/data: these tests read the invented
// tables of fixtures.testkit.ts (official layout, made-up substances and sites), so they always run.
import { describe, expect, it } from 'vitest';
import { drugRows, parseDrugTableXml } from './drug-table-xml';
import { DRUG_TABLE_WRITTEN_HERE, NEOPLASM_TABLE_WRITTEN_HERE } from './fixtures.testkit';
import { neoplasmRows, parseNeoplasmXml } from './neoplasm-xml';

describe('Table of Drugs and Chemicals XML', () => {
  const table = parseDrugTableXml(DRUG_TABLE_WRITTEN_HERE, 'drug.xml');

  it('reads the column headings and each substance with its six columns', () => {
    expect(table.headings[6]).toBe('Adverse effect');
    const rows = [...drugRows(table)];
    expect(rows.find((r) => r.substance === 'Quuxacillin')?.codes).toEqual({
      poisoningAccidental: 'T36.0X1',
      poisoningIntentionalSelfHarm: 'T36.0X2',
      poisoningAssault: 'T36.0X3',
      poisoningUndetermined: 'T36.0X4',
      adverseEffect: 'T36.0X5',
      underdosing: 'T36.0X6',
    });
  });

  it("leaves out '--' columns and walks sub-rows with their full path", () => {
    const vapour = [...drugRows(table)].find((r) => r.substance === 'Quuxite, vapour')!;
    expect(vapour.codes.poisoningAccidental).toBe('T40.721');
    expect(vapour.codes.adverseEffect).toBeUndefined();
  });

  it('stops a truncated table with file and line', () => {
    const xml = DRUG_TABLE_WRITTEN_HERE;
    expect(() => parseDrugTableXml(xml.slice(0, xml.indexOf('<title>vapour</title>')), 'drug.xml')).toThrow(/^drug\.xml:\d+: file ends inside <term>/);
  });
});

describe('Neoplasm Table XML', () => {
  const table = parseNeoplasmXml(NEOPLASM_TABLE_WRITTEN_HERE, 'neoplasm.xml');

  it('reads sites with the six behaviour columns, and see references', () => {
    const rows = [...neoplasmRows(table)];
    expect(rows.find((r) => r.site === 'Neoplasm, neoplastic, left little toe')?.codes).toMatchObject({
      malignantPrimary: 'C40.2-',
      malignantSecondary: 'C79.51',
      benign: 'D16.2-',
    });
    expect(rows.find((r) => r.site === 'Neoplasm, neoplastic, left little toe')?.codes.carcinomaInSitu).toBeUndefined();
    expect(rows.find((r) => r.site === 'Neoplasm, neoplastic, left little toe, nail bed')?.see).toBe('Neoplasm, made-up skin site');
    expect(table.headings[2]).toBe('Malignant Primary');
  });
});
