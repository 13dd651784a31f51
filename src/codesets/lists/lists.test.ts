import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../dates/index';
import { CodeLookup } from '../index';
import { adjustmentCodeList, parseAdjustmentCodesCsv } from './adjustment-codes';
import { cptListFromAma, houseCptList, parseAmaCptFile } from './cpt';
import { parseCsv } from './csv';
import { parsePcsOrderCsv, parsePcsOrderFile, pcsList } from './icd10pcs';
import { loadCodeLists } from './load-lists';
import { isNcciModifier, modifierList, MODIFIERS } from './modifiers';
import { parsePlaceOfServiceCsv, placeOfServiceList } from './place-of-service';
import { parseTaxonomyCsv, taxonomyList } from './taxonomy';
import { fixture, sharedData } from './testing';

describe('CSV', () => {
  it('handles quotes, doubled quotes, commas and line breaks inside fields, and names lines', () => {
    const rows = parseCsv('a,b\n"x, ""y""",2\n"multi\nline",3\n', 'q.csv', ['a', 'b']);
    expect(rows).toEqual([
      { line: 2, fields: { a: 'x, "y"', b: '2' } },
      { line: 3, fields: { a: 'multi\nline', b: '3' } },
    ]);
    expect(() => parseCsv('a,b\n1,2\n3\n', 'q.csv', ['a'])).toThrow(/q\.csv:3: expected 2 fields/);
    expect(() => parseCsv('a,b\n"open,2\n', 'q.csv', ['a'])).toThrow(/q\.csv:2: a quoted field is not closed/);
    expect(() => parseCsv('a\n1\n', 'q.csv', ['a', 'z'])).toThrow(/missing column\(s\) z/);
    expect(() => parseCsv('', 'q.csv', [])).toThrow(/empty/);
  });
});

describe('ICD-10-PCS order file and CSV', () => {
  it('reads the fixed-width order file', () => {
    const rows = parsePcsOrderFile(fixture('icd10pcs-order-mini.txt'), 'o.txt');
    expect(rows[0]).toMatchObject({ order: 1, code: '001', valid: false });
    expect(rows[1]).toMatchObject({ code: '0016070', valid: true, shortTitle: 'Made-up bypass, short test wording' });
    expect(rows[1]!.longTitle).toBe('Made-up bypass, the long test wording of the record');
    expect(() => parsePcsOrderFile('00001 0016070 2 Bypass', 'o.txt')).toThrow(/o\.txt:1: valid flag \(position 15\) '2'/);
    expect(() => parsePcsOrderFile('0000X 0016070 1 Bypass', 'o.txt')).toThrow(/order number/);
  });

  it('keeps each fiscal year in its window and tells headers from valid codes', () => {
    const list = pcsList(parsePcsOrderCsv(fixture('icd10pcs-order-mini.csv')), 2024);
    expect(list.lookup('0dtj4zz', calendarDate('2024-09-30'))).toMatchObject({ billable: true, validOnDate: true, release: 'FY2024' });
    expect(list.lookup('0DTJ4ZZ', calendarDate('2024-10-01'))?.validOnDate).toBe(false);
    expect(list.lookup('001')?.billable).toBe(false);
    expect([...list.searchDocuments()].map((d) => d.system)).toEqual(['ICD10PCS', 'ICD10PCS']);
  });
});

describe('modifiers', () => {
  it('lists the common modifiers once each, with the NCCI roles', () => {
    const codes = MODIFIERS.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of ['25', '59', 'XE', 'XS', 'XP', 'XU', '26', 'TC', '50', 'LT', 'RT', '76', '91', '95', 'GA', 'GY', 'GZ', 'KX', 'QW', 'FA', 'F9', 'TA', 'T9', 'E4', 'JW', 'JZ', 'PT']) {
      expect(codes).toContain(c);
    }
    expect(MODIFIERS.find((m) => m.code === 'F5')?.meaning).toContain('right hand, thumb');
    expect(MODIFIERS.find((m) => m.code === 'T5')?.meaning).toContain('right foot, great toe');
    expect(isNcciModifier('xs')).toBe(true);
    expect(isNcciModifier('26')).toBe(false);
    expect(modifierList().lookup('59')?.details).toEqual({ level: 'CPT', ncci: 'bypass' });
  });
});

describe('place of service, adjustment codes, taxonomy, CPT', () => {
  it('reads place of service and leaves out unassigned numbers', () => {
    const list = placeOfServiceList(parsePlaceOfServiceCsv(fixture('pos-mini.csv')), 'mini');
    expect(list.lookup('11')?.title).toBe('Office');
    expect(list.lookup('2')?.code).toBe('02');
    expect(list.lookup('28')).toBeUndefined();
  });

  it('separates CARC, RARC and group codes and honours the end date', () => {
    const rows = parseAdjustmentCodesCsv(fixture('carc-rarc-mini.csv'));
    const carc = adjustmentCodeList(rows, 'CARC', 'mini');
    expect(carc.size).toBe(3);
    expect(carc.lookup('15', calendarDate('2018-04-30'))?.validOnDate).toBe(true);
    expect(carc.lookup('15', calendarDate('2018-05-01'))?.validOnDate).toBe(false);
    expect(carc.lookup('97')?.details.usage).toMatch(/Policy Identification/);
    const rarc = adjustmentCodeList(rows, 'RARC', 'mini');
    expect(rarc.lookup('n130')?.title).toBe('Read the plan documents\nfor the limits on this service (test wording).');
    expect(adjustmentCodeList(rows, 'CAGC', 'mini').lookup('pr')?.title).toBe('Owed by the patient (test wording)');
    expect(() => parseAdjustmentCodesCsv(fixture('carc-rarc-mini.csv').replace('1,CARC', '1,XYZ'), 'c.csv')).toThrow(/c\.csv:4: adj_type 'XYZ'/);
  });

  it('reads the NUCC taxonomy', () => {
    const list = taxonomyList(parseTaxonomyCsv(fixture('nucc-mini.csv')), 'mini');
    expect(list.lookup('207rc0000x')).toMatchObject({ title: 'Cardiovascular Disease Physician' });
    expect(list.lookup('261QP2300X')?.title).toBe('Clinic/Center, Primary Care');
    expect(() => parseTaxonomyCsv(fixture('nucc-mini.csv').replace('207Q00000X', '207Q0000'), 'n.csv')).toThrow(/n\.csv:2/);
  });

  it('loads a licensed AMA CPT file laid out code TAB descriptor, and the house list', () => {
    const rows = parseAmaCptFile(fixture('ama-cpt-mini.txt'), 'LONGULT.txt');
    expect(rows.map((r) => r.code)).toEqual(['99213', '0001F', '0042T']);
    const list = cptListFromAma(rows, 'CPT test');
    expect(list.lookup('99213')?.details).toMatchObject({ feeCents: 15000 });
    expect(() => parseAmaCptFile('99213\tA\nnot a code line', 'L.txt')).toThrow(/L\.txt:2/);
    expect(() => parseAmaCptFile('99213\tA\n99213\tB', 'L.txt')).toThrow(/first on line 1/);
    const house = houseCptList();
    expect(house.lookup('99214')?.details).toMatchObject({ feeCents: 22000 });
    expect(house.lookup('G0438')).toBeUndefined();
  });
});

describe('the real lists in ../shared/data', () => {
  it('load and answer through the one lookup API', () => {
    const dir = sharedData('code lists');
    if (!dir) return;
    const lookup = new CodeLookup();
    const lists = loadCodeLists(dir);
    for (const l of lists) lookup.register(l);
    expect(Object.fromEntries(lists.map((l) => [l.system, l.size]))).toMatchObject({
      HCPCS: 8033, ICD10PCS: 79508, POS: 52, CARC: 405, RARC: 1171, CAGC: 5, TAXONOMY: 883,
    });
    expect(lookup.lookup('0DTJ4ZZ', { dateOfService: calendarDate('2024-03-01') })[0]).toMatchObject({ system: 'ICD10PCS', validOnDate: true });
    expect(lookup.lookup('CO', { system: 'CAGC' })[0]?.title).toBe('Contractual Obligations');
    expect(lookup.lookup('207Q00000X')[0]?.title).toBe('Family Medicine Physician');
  });
});
