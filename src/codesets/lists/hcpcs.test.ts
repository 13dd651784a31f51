import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../dates/index';
import { hcpcsListFromAnweb, parseHcpcsCsv } from './hcpcs';
import { parseHcpcsAnweb } from './hcpcs-anweb';
import { loadHcpcs } from './load-lists';
import { fixture, hcpcsCsvExcerpt, sharedData } from './testing';

// The ANWEB fixture keeps the CMS record layout, with descriptions in our own words.
describe('HCPCS ANWEB fixed-width file', () => {
  const records = parseHcpcsAnweb(fixture('hcpcs-anweb-mini.txt'), 'mini.txt');

  it('reads the fields at the positions of the CMS record layout', () => {
    const ambulance = records.find((r) => r.code === 'A0428')!;
    expect(ambulance).toMatchObject({
      kind: 'procedure', shortDescription: 'Amb basic test', pricingIndicators: ['52'], multiplePricingIndicator: 'A', coverageCode: 'C',
      betos: 'O1A', typesOfService: ['D'], anesthesiaBaseUnits: 0, addedDate: '1995-01-01', actionEffectiveDate: '2001-01-01', actionCode: 'N',
    });
    expect(ambulance.terminationDate).toBeUndefined();
    expect(records.find((r) => r.code === 'E0114')).toMatchObject({ typesOfService: ['P', 'R'], carriersManualRefs: ['2100'] });
  });

  it('joins continuation records into the long description', () => {
    expect(records.find((r) => r.code === 'E0114')!.longDescription).toBe('Underarm crutches, made-up wording for the tests, with rubber feet and grips');
    expect(records.find((r) => r.code === 'Q0091')!.longDescription).toMatch(/cervical sample and sending it to the laboratory \(test\)$/);
  });

  it('tells modifier records from procedures', () => {
    expect(records.find((r) => r.code === 'LT')).toMatchObject({ kind: 'modifier', shortDescription: 'Left test' });
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

// The official rows of three codes, read from ../shared/data at test time; without it this skips.
const excerpt = hcpcsCsvExcerpt(['A4397', 'G0008', 'J1100']);

describe('HCPCS derived CSVs', () => {
  it.skipIf(!excerpt)('joins descriptions to attributes', () => {
    const records = parseHcpcsCsv(excerpt!.attributes, excerpt!.descriptions);
    expect(records.map((r) => r.code)).toEqual(['A4397', 'G0008', 'J1100']);
    expect(records[2]).toMatchObject({ longDescription: 'Injection, dexamethasone sodium phosphate, 1 mg', shortDescription: 'Dexamethasone sodium phos', typesOfService: ['1', 'P'] });
    expect(records[0]).toMatchObject({ terminationDate: '2021-12-31', addedDate: '1990-01-01' });
    expect(records[1]).toMatchObject({ addedDate: '1994-01-01', typesOfService: ['V'] });
  });

  it('reports a bad date with file and line', () => {
    // written here, not official: two made-up rows in the layout of the derived CSVs
    const attributes = [
      'hcpcs_code,price,multi,cov,betos,tos,action,cim,mcm,statute,lab,xref,asc_grp,proc,anes,date_term,date_added,date_asc,date_action',
      'Z9901,11,A,D,D1F,P,N,,,,,,,,0,,2001-01-01,,2001-01-01',
      'Z9902,11,A,D,D1F,P,N,,,,,,,,0,,1993-13-01,,2001-01-01',
    ].join('\n');
    const descriptions = ['hcpcs_code,hcpcs_desc_type,hcpcs_description', 'Z9901,Long,Made-up supply one', 'Z9902,Long,Made-up supply two'].join('\n');
    expect(() => parseHcpcsCsv(attributes, descriptions, { attributes: 'a.csv', descriptions: 'd.csv' })).toThrow(
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
