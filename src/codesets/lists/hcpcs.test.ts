import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../dates/index';
import { hcpcsListFromAnweb, parseHcpcsCsv } from './hcpcs';
import { parseHcpcsAnweb } from './hcpcs-anweb';
import { loadHcpcs } from './load-lists';
import { fixture, sharedData } from './testing';

describe('HCPCS ANWEB fixed-width file', () => {
  const records = parseHcpcsAnweb(fixture('hcpcs-anweb-mini.txt'), 'mini.txt');

  it('reads the fields at the positions of the CMS record layout', () => {
    const ambulance = records.find((r) => r.code === 'A0428')!;
    expect(ambulance).toMatchObject({
      kind: 'procedure', shortDescription: 'Bls', pricingIndicators: ['52'], multiplePricingIndicator: 'A', coverageCode: 'C',
      betos: 'O1A', typesOfService: ['D'], anesthesiaBaseUnits: 0, addedDate: '1995-01-01', actionEffectiveDate: '2001-01-01', actionCode: 'N',
    });
    expect(ambulance.terminationDate).toBeUndefined();
    expect(records.find((r) => r.code === 'E0114')).toMatchObject({ typesOfService: ['P', 'R'], carriersManualRefs: ['2100'] });
  });

  it('joins continuation records into the long description', () => {
    expect(records.find((r) => r.code === 'E0114')!.longDescription).toBe(
      'Crutches underarm, other than wood, adjustable or fixed, pair, with pads, tips and handgrips',
    );
    expect(records.find((r) => r.code === 'Q0091')!.longDescription).toMatch(/cervical or vaginal smear to laboratory$/);
  });

  it('tells modifier records from procedures', () => {
    expect(records.find((r) => r.code === 'LT')).toMatchObject({ kind: 'modifier', shortDescription: 'Left side' });
    expect(hcpcsListFromAnweb(records, 'mini').get('LT')).toBeUndefined();
  });

  it('answers validity on a date of service from the added and termination dates', () => {
    const list = hcpcsListFromAnweb(records, 'HCPCS mini');
    expect(list.lookup('a4397', calendarDate('2021-12-31'))?.validOnDate).toBe(true);
    const after = list.lookup('A4397', calendarDate('2022-01-01'))!;
    expect(after.validOnDate).toBe(false);
    expect(after.invalidReason).toContain('through 2021-12-31');
    expect(list.lookup('G0008', calendarDate('1992-06-01'))?.validOnDate).toBe(false);
    expect(list.lookup('Z9999')).toBeUndefined();
  });

  it('names the line of a malformed record', () => {
    const bad = `${'A0428'.padEnd(10, '0')}9${' '.repeat(30)}`;
    expect(() => parseHcpcsAnweb(bad, 'bad.txt')).toThrow(/bad\.txt:1: record identification code \(position 11\) '9'/);
    const orphan = 'E0114002004handgrips';
    expect(() => parseHcpcsAnweb(orphan, 'orphan.txt')).toThrow(/orphan\.txt:1: continuation record for E0114/);
    expect(() => parseHcpcsAnweb('X'.repeat(321), 'long.txt')).toThrow(/321 characters/);
  });
});

describe('HCPCS derived CSVs', () => {
  it('joins descriptions to attributes', () => {
    const records = parseHcpcsCsv(fixture('hcpcs-attributes-mini.csv'), fixture('hcpcs-descriptions-mini.csv'));
    expect(records.map((r) => r.code)).toEqual(['A4397', 'G0008', 'J1100']);
    expect(records[2]).toMatchObject({ longDescription: 'Injection, dexamethasone sodium phosphate, 1 mg', typesOfService: ['1', 'P'] });
    expect(records[0]).toMatchObject({ terminationDate: '2021-12-31', addedDate: '1990-01-01' });
  });

  it('reports a bad date with file and line', () => {
    const bad = fixture('hcpcs-attributes-mini.csv').replace('1993-01-01', '1993-13-01');
    expect(() => parseHcpcsCsv(bad, fixture('hcpcs-descriptions-mini.csv'), { attributes: 'a.csv', descriptions: 'd.csv' })).toThrow(
      /a\.csv:3: date_added '1993-13-01' is not a date/,
    );
  });

  it('loads the real July 2024 HCPCS files', () => {
    const dir = sharedData('HCPCS');
    if (!dir) return;
    const list = loadHcpcs(dir)!;
    expect(list.size).toBe(8033);
    expect(list.lookup('J1100')?.title).toMatch(/dexamethasone/i);
    // 1,058 rows carry a termination date (counted separately with Python's csv module).
    expect([...list.entries()].filter((e) => e.effective.to !== null).length).toBe(1058);
    expect(list.lookup('A4466', calendarDate('2017-01-01'))?.validOnDate).toBe(false);
  });
});
