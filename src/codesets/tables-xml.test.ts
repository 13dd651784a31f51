import { describe, expect, it } from 'vitest';
import { drugRows, parseDrugTableXml } from './drug-table-xml';
import { fixture } from './fixtures.testkit';
import { neoplasmRows, parseNeoplasmXml } from './neoplasm-xml';

describe('Table of Drugs and Chemicals XML', () => {
  const table = parseDrugTableXml(fixture('icd10cm/icd10cm_drug_2023.xml'), 'icd10cm_drug_2023.xml');

  it('reads the column headings and each substance with its six columns', () => {
    expect(table.headings[6]).toBe('Adverse effect');
    const rows = [...drugRows(table)];
    expect(rows.find((r) => r.substance === 'Amoxicillin')?.codes).toEqual({
      poisoningAccidental: 'T36.0X1',
      poisoningIntentionalSelfHarm: 'T36.0X2',
      poisoningAssault: 'T36.0X3',
      poisoningUndetermined: 'T36.0X4',
      adverseEffect: 'T36.0X5',
      underdosing: 'T36.0X6',
    });
  });

  it("leaves out '--' columns and walks sub-rows with their full path", () => {
    const gas = [...drugRows(table)].find((r) => r.substance === 'Arsenic, gas')!;
    expect(gas.codes.poisoningAccidental).toBe('T57.0X1');
    expect(gas.codes.adverseEffect).toBeUndefined();
  });

  it('stops a truncated table with file and line', () => {
    const xml = fixture('icd10cm/icd10cm_drug_2023.xml');
    expect(() => parseDrugTableXml(xml.slice(0, xml.indexOf('<title>gas</title>')), 'drug.xml')).toThrow(/^drug\.xml:\d+: file ends inside <term>/);
  });
});

describe('Neoplasm Table XML', () => {
  const table = parseNeoplasmXml(fixture('icd10cm/icd10cm_neoplasm_2023.xml'), 'icd10cm_neoplasm_2023.xml');

  it('reads sites with the six behaviour columns, and see references', () => {
    const rows = [...neoplasmRows(table)];
    expect(rows.find((r) => r.site === 'Neoplasm, neoplastic, breast, upper-outer quadrant')?.codes).toMatchObject({
      malignantPrimary: 'C50.4-',
      malignantSecondary: 'C79.81',
      benign: 'D24.-',
    });
    expect(rows.find((r) => r.site === 'Neoplasm, neoplastic, skin')?.see).toBe('Neoplasm, skin, by site');
    expect(table.headings[2]).toBe('Malignant Primary');
  });
});
