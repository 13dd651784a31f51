import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.testkit';
import { parseOrderCsv, splitCsvLine } from './order-csv';
import { parseOrderFile, parseOrderFileLine } from './order-file';

describe('the official fixed-width order file', () => {
  it('reads order number, code, header/billable flag, short and long titles (CRLF line ends)', () => {
    const records = parseOrderFile(fixture('icd10cm/icd10cm-order-Jan-2021.txt'), 'order.txt');
    expect(records).toHaveLength(6);
    expect(records[0]).toEqual({ order: 1, code: 'E11', billable: false, shortTitle: 'Type 2 diabetes mellitus', title: 'Type 2 diabetes mellitus' });
    expect(records[5]).toMatchObject({ code: 'S020XXA', billable: true, shortTitle: 'Fracture of vault of skull, init for clos fx', title: 'Fracture of vault of skull, initial encounter for closed fracture' });
  });

  it('names the file, line and columns of a bad record', () => {
    expect(() => parseOrderFileLine('00007 E11.9   1 Short                                                        Long', 'o.txt', 7)).toThrow(
      /^o\.txt:7: expected an ICD-10-CM code in columns 7-13, found 'E11.9'/,
    );
    expect(() => parseOrderFileLine('00007 E119    2 Short                                                        Long', 'o.txt', 7)).toThrow(/column 15, found '2'/);
    expect(() => parseOrderFileLine('0007 E119', 'o.txt', 3)).toThrow(/5-digit order number/);
    expect(() => parseOrderFile('\n\n', 'empty.txt')).toThrow(/empty\.txt:\d+: no code lines/);
  });
});

describe('the derived CSV code list', () => {
  it('reads quoted titles with commas and normalises dotted codes', () => {
    const codes = parseOrderCsv(fixture('icd10cm/icd10cm_codes_2024_mini.csv'), 'codes.csv');
    expect(codes.find((c) => c.code === 'E119')).toEqual({ code: 'E119', billable: true, title: 'Type 2 diabetes mellitus, without complications' });
    expect(splitCsvLine('1,"a ""quoted"", title",x')).toEqual(['1', 'a "quoted", title', 'x']);
  });

  it('refuses a CSV without the expected columns, or with a bad row, naming the line', () => {
    expect(() => parseOrderCsv('a,b,c\n1,2,3\n', 'x.csv')).toThrow(/x\.csv:1: expected columns code, valid_billable, long_description/);
    expect(() => parseOrderCsv('code,valid_billable,long_description\nE11.9,1,ok\n250.00,1,icd9\n', 'x.csv')).toThrow(/x\.csv:3: expected an ICD-10-CM code/);
  });
});
