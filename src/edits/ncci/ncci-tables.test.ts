import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../errors/index';
import { dateNumber, decodeCode, encodeCode } from './codes';
import { findNcciFiles, loadNcciFolder, loadNcciFolderSync } from './load-ncci-files';
import { parseAoc, parseMue } from './mue-aoc-parse';
import { PtpSharedCsvParser, parsePtpSharedCsv } from './ptp-parse';
import { PtpTableBuilder } from './ptp-table';
import { ncciExcerptFolder } from '../ncci-excerpt.testkit';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data', 'ncci');
const d = (s: string) => dateNumber(s);
// The shared-layout rows are official ones, read from ../shared/data by path; without it those tests skip.
const excerpt = ncciExcerptFolder();

describe('code packing', () => {
  it('round-trips five-character HCPCS/CPT codes and refuses others', () => {
    for (const code of ['00100', '99213', 'G0121', '0591T', 'ZZZZZ']) expect(decodeCode(encodeCode(code))).toBe(code);
    expect(encodeCode('9921')).toBe(-1);
    expect(encodeCode('99-13')).toBe(-1);
  });
});

describe('PTP table', () => {
  it.skipIf(!excerpt)('finds the edit in effect on the date of service when a pair is listed twice (shared layout)', () => {
    const { ptp } = loadNcciFolderSync(excerpt!);
    expect(ptp.size).toBe(9);
    expect(ptp.find('29881', '29877', d('2023-01-01'))).toMatchObject({ modifierIndicator: 0, rationale: 'Misuse of Column Two code with Column One code' });
    // no effective dates in the shared file: before 2002 the version deleted on 2002-01-01 applied
    expect(ptp.find('29881', '29877', d('2001-06-01'))?.modifierIndicator).toBe(9);
    expect(ptp.find('G0121', '45378', d('2005-03-31'))?.deletionDate).toBe('2005-03-31');
    expect(ptp.find('G0121', '45378', d('2005-04-01'))).toBeUndefined();
    expect(ptp.find('99213', '20610', d('2023-01-01'))).toBeUndefined();
  });

  it('reads the CMS quarterly layout with effective dates, the prior-to-1996 flag and "*" deletion dates', () => {
    const { ptp, mue, aoc } = loadNcciFolderSync(join(FIXTURES, 'ncci-cms'));
    expect(ptp.size).toBe(4);
    expect(ptp.find('20610', '99213', d('2018-05-01'))).toMatchObject({ modifierIndicator: 0, priorTo1996: true, effectiveDate: '1996-01-01', deletionDate: '2019-12-31' });
    expect(ptp.find('20610', '99213', d('2023-05-01'))).toMatchObject({ modifierIndicator: 1, priorTo1996: false, effectiveDate: '2020-01-01' });
    expect(ptp.find('12001', '11042', d('2002-12-31'))).toBeUndefined();
    expect(mue.get('20610')).toMatchObject({ units: 2, mai: 3 });
    expect(mue.get('97110')).toMatchObject({ units: 6, mai: 1 });
    expect(aoc.get('11045')).toMatchObject({ type: 1, anyPrimary: false });
    expect([...aoc.get('11045')!.primaries]).toEqual(['11042']);
    expect(aoc.get('20985')).toMatchObject({ type: 2, anyPrimary: true });
    expect(aoc.get('11008')!.primaries.size).toBe(0);
  });

  it('sorts rows that come in any order', () => {
    const b = new PtpTableBuilder(2);
    const rows: [string, string][] = [['99215', '99211'], ['11042', '97598'], ['99215', '36415'], ['11042', '97597'], ['00100', '99213']];
    for (const [c1, c2] of rows) b.add(encodeCode(c1), encodeCode(c2), 0, 99991231, 1, false, 'r');
    const t = b.build();
    for (const [c1, c2] of rows) expect(t.find(c1, c2, d('2024-01-01'))?.column2).toBe(c2);
    expect(t.find('99215', '97597', d('2024-01-01'))).toBeUndefined();
  });

  it('refuses a malformed row with the file and line', () => {
    const text = 'column1,column2,deletion_date,modifier_indicator,ptp_edit_rationale\n99213,36415,9999-12-31,1,x\n99213,3641,9999-12-31,1,x\n';
    try {
      parsePtpSharedCsv(new TextEncoder().encode(text), 'bad.csv');
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.location).toEqual({ file: 'bad.csv', line: 3 });
    }
    expect(() => parsePtpSharedCsv(new TextEncoder().encode('99213,36415\n'), 'nohdr.csv')).toThrow(/nohdr.csv:1: expected the header/);
    expect(() => parsePtpSharedCsv(new TextEncoder().encode(text.replace(',1,x\n99213,3641', ',7,x\n99213,3641')), 'mi.csv')).toThrow(/mi.csv:2: modifier_indicator/);
  });
});

describe('streaming parse', () => {
  it.skipIf(!excerpt)('gives the same table whatever the chunk boundaries', () => {
    const text = readFileSync(join(excerpt!, 'ptp_practitioner_excerpt.csv'));
    for (const size of [1, 7, 64]) {
      const parser = new PtpSharedCsvParser('chunks.csv');
      for (let i = 0; i < text.length; i += size) parser.write(text.subarray(i, i + size));
      const t = parser.end().build();
      expect(t.size).toBe(9);
      expect(t.find('93000', '93005', d('2024-01-01'))?.rationale).toBe('HCPCS/CPT procedure code definition');
    }
  });
});

describe('MUE and AOC parsers', () => {
  it.skipIf(!excerpt)('reads the shared layouts', () => {
    const mue = parseMue(readFileSync(join(excerpt!, 'mue_practitioner_excerpt.csv'), 'utf8'), 'mue.csv');
    expect(mue.find((m) => m.code === '82306')).toEqual({ code: '82306', units: 1, mai: 2, rationale: 'Code Descriptor / CPT Instruction' });
    const aoc = parseAoc(readFileSync(join(excerpt!, 'aoc_excerpt.csv'), 'utf8'), 'aoc.csv');
    expect(aoc).toContainEqual({ addOnCode: '20985', primaryCode: 'CCCCC', type: 2 });
    expect(aoc).toContainEqual({ addOnCode: '20701', primaryCode: '11010', type: 3 });
  });

  it('refuses a bad MAI or a file without the header, with the line', () => {
    expect(() => parseMue('hcpcs_code,mue_units,mue_mai,mue_rationale\n99213,2,3,x\n99214,2,5,x\n', 'm.csv')).toThrow(/m.csv:3: MUE adjudication indicator '5'/);
    expect(() => parseAoc('add-on,primary\n', 'a.csv')).toThrow(/a.csv:1: no header row/);
  });
});

describe.skipIf(!existsSync(SHARED))('the real 2024 Q3 practitioner tables (../shared/data/ncci)', () => {
  it('loads 2,546,017 PTP edits of which 1,669,820 are active, the MUEs and the add-on codes', async () => {
    const files = findNcciFiles(SHARED);
    expect(files.ptp).toHaveLength(1);
    const t = await loadNcciFolder(SHARED);
    expect(t.ptp.size).toBe(2_546_017);
    expect(t.ptp.activeCount).toBe(1_669_820);
    expect(t.ptp.find('45380', '45378', d('2024-07-01'))).toMatchObject({ modifierIndicator: 0, rationale: 'CPT Separate procedure definition' });
    expect(t.mue.size).toBe(14_677);
    expect(t.aoc.get('99417')!.primaries.has('99215')).toBe(true);
  }, 60_000);
});
