import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import {
  CARC_RULES, classifyDenial, CODE_LIST_FILE, denialDeadlines, denialWorkItem, loadAdjustmentCodeList, parseAdjustmentCodeList, parseCsvRecords, RARC_RULES,
} from './index';

const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const haveCodeList = existsSync(join(SHARED, CODE_LIST_FILE));
if (!haveCodeList) console.warn(`!! ${join(SHARED, CODE_LIST_FILE)} not found: code-list tests skipped`);

describe('denial classification', () => {
  it('names at least 80 CARCs explicitly, including the common denials', () => {
    expect(Object.keys(CARC_RULES).length).toBeGreaterThanOrEqual(80);
    const common = '4 5 6 11 16 18 22 23 26 27 29 31 45 49 50 55 96 97 109 119 125 140 146 149 150 151 167 170 181 182 185 189 197 198 199 204 226 227 234 236 252 B7 B9 B15'.split(' ');
    expect(common.filter((c) => !CARC_RULES[c])).toEqual([]);
  });

  it.each([
    ['CO', '97', [], 'coding', 'bundling', 'coder', 'corrected_claim'],
    ['CO', '4', [], 'coding', 'modifier', 'coder', 'corrected_claim'],
    ['CO', '11', [], 'coding', 'diagnosis', 'coder', 'corrected_claim'],
    ['CO', '50', ['N115'], 'coding', 'medical_necessity', 'coder', 'appeal'],
    ['CO', '197', [], 'authorization', undefined, 'biller', 'appeal'],
    ['CO', '29', [], 'timely_filing', undefined, 'biller', 'appeal'],
    ['OA', '18', [], 'duplicate', undefined, 'biller', 'corrected_claim'],
    ['CO', '27', [], 'eligibility_registration', undefined, 'biller', 'corrected_claim'],
    ['CO', '252', ['M127'], 'documentation', undefined, 'biller', 'appeal'],
    ['CO', '45', [], 'contractual', undefined, 'biller', 'none'],
    ['PR', '2', [], 'patient_responsibility', undefined, 'biller', 'bill_patient'],
  ] as const)('%s-%s %j → %s %s (%s queue)', (group, carc, rarcs, rootCause, codingIssue, queue, path) => {
    const c = classifyDenial({ group, carc, rarcs });
    expect([c.rootCause, c.codingIssue, c.queue, c.path]).toEqual([rootCause, codingIssue, queue, path]);
  });

  it('reads the real reason of a generic CARC from its remark code', () => {
    expect(classifyDenial({ group: 'CO', carc: '16', rarcs: ['M51'] })).toMatchObject({ rootCause: 'coding', codingIssue: 'procedure_code', queue: 'coder', basis: { by: 'rarc', code: 'M51' } });
    expect(classifyDenial({ group: 'CO', carc: '16', rarcs: ['N290'] })).toMatchObject({ rootCause: 'eligibility_registration', queue: 'biller' });
    expect(classifyDenial({ group: 'CO', carc: '16', rarcs: ['N202'] })).toMatchObject({ rootCause: 'other', basis: { by: 'carc', code: '16' } });
    expect(classifyDenial({ group: 'CO', carc: '11', rarcs: ['M81'] })).toMatchObject({ codingIssue: 'diagnosis', basis: { by: 'rarc', code: 'M81' } });
  });

  it('keeps the cause of a PR denial but sends the amount to the patient', () => {
    const c = classifyDenial({ group: 'PR', carc: '204' });
    expect([c.rootCause, c.path]).toEqual(['eligibility_registration', 'bill_patient']);
    expect(c.recommendedAction).toMatch(/group PR/);
  });

  it('an unknown code is other, and says so', () => {
    expect(classifyDenial({ group: 'CO', carc: 'Z99' })).toMatchObject({ rootCause: 'other', basis: { by: 'unknown', code: 'Z99' } });
  });

  it('only uses codes that exist in the RARC and CARC vocabularies', () => {
    for (const code of Object.keys(RARC_RULES)) expect(code).toMatch(/^(M|MA|N)\d+$/);
    for (const code of Object.keys(CARC_RULES)) expect(code).toMatch(/^([A-DPW]?\d+)$/);
  });
});

describe('denial deadlines and work items', () => {
  const ctx = {
    claimId: 'claim-1', claimLineId: 'line-3', amount: cents(25000), serviceDate: calendarDate('2024-02-12'),
    remittanceDate: calendarDate('2024-03-05'), payer: { timelyFilingDays: 180, appealDays: 120 },
  };

  it('a corrected claim is due within timely filing from the date of service; an appeal within the appeal days of the remittance', () => {
    expect(denialDeadlines('corrected_claim', ctx.serviceDate, ctx.remittanceDate, ctx.payer)).toEqual({ correctedClaimBy: '2024-08-10', appealBy: '2024-07-03', dueDate: '2024-08-10' });
    expect(denialDeadlines('appeal', ctx.serviceDate, ctx.remittanceDate, ctx.payer).dueDate).toBe('2024-07-03');
    expect(denialDeadlines('none', ctx.serviceDate, ctx.remittanceDate, ctx.payer).dueDate).toBeUndefined();
  });

  it('drafts a coder work item for a coding denial and none for a contractual reduction', () => {
    expect(denialWorkItem({ group: 'CO', carc: '236', rarcs: ['M80'] }, ctx)).toMatchObject({
      queue: 'coder', kind: 'denial', rootCause: 'coding', dueDate: '2024-08-10', priority: 2,
      detail: { claimLineId: 'line-3', carc: '236', rarcs: ['M80'], codingIssue: 'bundling' },
    });
    expect(denialWorkItem({ group: 'CO', carc: '45' }, ctx)).toBeUndefined();
    expect(denialWorkItem({ group: 'PR', carc: '1' }, ctx)).toBeUndefined();
  });
});

describe('the CARC/RARC code list', () => {
  it('parses quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsvRecords('a,"b, c","say ""hi""","two\nlines"\r\nx,,z\n')).toEqual([['a', 'b, c', 'say "hi"', 'two\nlines'], ['x', '', 'z']]);
    expect(() => parseCsvRecords('a,"open')).toThrow(/quoted field/);
  });

  it('refuses a file that is not the code list', () => {
    expect(() => parseAdjustmentCodeList('code,description\n45,x\n', 'wrong.csv')).toThrow(expect.objectContaining({ code: 'denials.code_list_header' }));
  });

  it.skipIf(!haveCodeList)('loads the published list and describes every code we classify by', async () => {
    const list = await loadAdjustmentCodeList(SHARED);
    expect(list.size).toBeGreaterThan(1500);
    expect(Object.keys(CARC_RULES).filter((c) => !list.get('CARC', c))).toEqual([]);
    expect(Object.keys(RARC_RULES).filter((c) => !list.get('RARC', c))).toEqual([]);
    const c = classifyDenial({ group: 'CO', carc: '15', rarcs: ['M62'] }, list, calendarDate('2024-03-05'));
    expect(c.descriptions.map((d) => [d.code, d.retired])).toEqual([['15', true], ['M62', false]]);
    expect(c.descriptions[0]!.description).toBe(list.get('CARC', '15')!.description);
  });

  it('reports an unreadable file as an input error', async () => {
    await expect(loadAdjustmentCodeList('/nonexistent')).rejects.toMatchObject({ kind: 'input', code: 'denials.code_list_unreadable' });
  });
});
