import { describe, expect, it } from 'vitest';
import { icd10cmExcerpt } from './fixtures.testkit';
import { parseOrderCsv, splitCsvLine } from './order-csv';
import { parseOrderFile, parseOrderFileLine } from './order-file';

// The official records come from an excerpt of ../shared/data (fixtures.testkit.ts); without it they skip.
const excerpt = icd10cmExcerpt();

describe('the official fixed-width order file', () => {
  it.skipIf(!excerpt)('reads order number, code, header/billable flag, short and long titles (CRLF line ends)', () => {
    const text = excerpt!.orderFile;
    expect(text).toContain('\r\n');
    const records = parseOrderFile(text, 'order.txt');
    expect(records).toHaveLength(text.trimEnd().split('\n').length);
    expect(records[0]).toEqual({ order: 4167, code: 'E11', billable: false, shortTitle: 'Type 2 diabetes mellitus', title: 'Type 2 diabetes mellitus' });
    expect(records.find((r) => r.code === 'S020XXA')).toEqual({
      order: 30799,
      code: 'S020XXA',
      billable: true,
      shortTitle: 'Fracture of vault of skull, init encntr for closed fracture',
      title: 'Fracture of vault of skull, initial encounter for closed fracture',
    });
    expect(records.find((r) => r.code === 'R05')).toMatchObject({ billable: true, title: 'Cough' });
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
  it.skipIf(!excerpt)('reads quoted titles with commas and normalises dotted codes', () => {
    const codes = parseOrderCsv(excerpt!.codesCsv, 'codes.csv');
    expect(codes.find((c) => c.code === 'G20A1')).toEqual({ code: 'G20A1', billable: true, title: "Parkinson's disease without dyskinesia, without mention of fluctuations" });
    expect(codes.find((c) => c.code === 'G20')).toEqual({ code: 'G20', billable: false, title: "Parkinson's disease" });
  });

  it('splits a CSV line on commas outside quotes, with doubled quotes inside', () => {
    expect(splitCsvLine('1,"a ""quoted"", title",x')).toEqual(['1', 'a "quoted", title', 'x']);
  });

  it('refuses a CSV without the expected columns, or with a bad row, naming the line', () => {
    expect(() => parseOrderCsv('a,b,c\n1,2,3\n', 'x.csv')).toThrow(/x\.csv:1: expected columns code, valid_billable, long_description/);
    expect(() => parseOrderCsv('code,valid_billable,long_description\nE11.9,1,ok\n250.00,1,icd9\n', 'x.csv')).toThrow(/x\.csv:3: expected an ICD-10-CM code/);
  });
});
