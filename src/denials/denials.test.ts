import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import {
  CARC_RULES, classifyDenial, CODE_LIST_FILE, codingFeedback, denialDeadlines, loadAdjustmentCodeList, parseAdjustmentCodeList, parseCsvRecords, RARC_RULES, workItemsForDenials, type RemittedDenial,
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

  const denial = (key: string, line: string, code: string, group: RemittedDenial['group'], reason: string, amount: number, remarkCodes: string[] = []): RemittedDenial => ({
    key, claimId: 'claim-1', claimLineId: line, procedureCode: code, modifiers: [], serviceDate: ctx.serviceDate, group, reason, amount: cents(amount), remarkCodes,
  });

  it('opens one item per claim and root cause, coders for coding causes, none for reductions and cost sharing', () => {
    const drafts = workItemsForDenials([
      denial('k1', 'line-1', '99214', 'CO', '236', 25000, ['M80']),
      denial('k2', 'line-2', '20610', 'CO', '97', 8000),
      denial('k3', 'line-3', '36415', 'CO', '197', 2000),
      denial('k4', 'line-1', '99214', 'CO', '45', 5000),
      denial('k5', 'line-1', '99214', 'PR', '1', 3000),
    ], { remittanceDate: ctx.remittanceDate, payer: ctx.payer });
    expect(drafts.map((d) => [d.queue, d.rootCause, d.detail.codingIssue, d.dueDate, d.priority, d.detail.amount, d.detail.lines.map((l) => l.carc)])).toEqual([
      ['coder', 'coding', 'bundling', '2024-08-10', 2, 33000, ['236', '97']],
      ['biller', 'authorization', undefined, '2024-07-03', 3, 2000, ['197']],
    ]);
    expect(drafts[0]!.sourceKey).toBe('denial:k1');
    expect(workItemsForDenials([denial('k2', 'line-2', '20610', 'CO', '97', 8000), denial('k1', 'line-1', '99214', 'CO', '236', 25000)], ctx)[0]!.sourceKey).toBe('denial:k1');
  });

  it('feeds coding denials back by code and cause, largest first', () => {
    const drafts = workItemsForDenials([
      denial('a', 'l1', '99214', 'CO', '236', 25000), denial('b', 'l2', '99214', 'CO', '97', 9000),
      { ...denial('c', 'l3', '93000', 'CO', '11', 4000), claimId: 'claim-2' }, denial('d', 'l4', '36415', 'CO', '29', 2000),
    ], ctx);
    expect(codingFeedback(drafts)).toEqual([
      { codingIssue: 'bundling', procedureCode: '99214', carcs: ['236', '97'], denials: 2, amount: 34000 },
      { codingIssue: 'diagnosis', procedureCode: '93000', carcs: ['11'], denials: 1, amount: 4000 },
    ]);
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
