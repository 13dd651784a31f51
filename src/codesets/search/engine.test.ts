import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../dates/index';
import { searchExcerptDocuments } from '../fixtures.testkit';
import { SearchEngine } from './engine';
import type { SearchHit } from './types';

// The documents are built at test time from excerpts of the official files in ../shared/data
// (fixtures.testkit.ts): titles, inclusion terms and index paths as the code books print them. Without
// ../shared/data these tests skip.
const documents = searchExcerptDocuments();
/** Codes only the 'query words' engine indexes. */
const MORE = ['R12', 'O14.90', 'Z79.4', 'J45.909', 'E11.649', 'E11.641'];
const BASE_DOCUMENTS = (documents ?? []).filter((d) => !MORE.includes(d.code));
const engine = SearchEngine.build(BASE_DOCUMENTS);
const codes = (hits: SearchHit[]): string[] => hits.map((h) => h.code);
const first = (query: string, typing = false): SearchHit => {
  const hit = engine.search(query, { limit: 5 }, typing)[0];
  if (!hit) throw new Error(`no hit for ${query}`);
  return hit;
};

describe.skipIf(!documents)('search by code', () => {
  it('finds a code with or without the dot, in any case', () => {
    expect(first('E11.9').code).toBe('E11.9');
    expect(first('e119').code).toBe('E11.9');
    expect(first(' i10 ').code).toBe('I10');
  });

  it('lists a category and its children in code order for a prefix', () => {
    expect(codes(engine.search('E11', { limit: 10 }))).toEqual(['E11', 'E11.65', 'E11.8', 'E11.9']);
    expect(engine.search('M25.56', {})[0]).toMatchObject({ code: 'M25.56', billable: false, field: 'code' });
  });

  it('keeps to the requested system', () => {
    expect(codes(engine.search('J1100', { system: 'HCPCS' }))).toEqual(['J1100']);
    expect(codes(engine.search('99213', { system: 'ICD10CM' }))).toEqual([]);
  });
});

describe.skipIf(!documents)('search by words', () => {
  it('expands clinical abbreviations to the words of the code books', () => {
    expect(first('htn').code).toBe('I10');
    expect(first('chf').code).toBe('I50.9');
    expect(first('afib').code).toBe('I48.91');
    expect(first('copd exacerbation').code).toBe('J44.1');
    expect(first('uti').code).toBe('N39.0');
    expect(first('gerd').code).toBe('K21.9');
    expect(first('htn').words).toEqual([{ query: 'htn', matched: 'hypertension', how: 'synonym' }]);
  });

  it('prefers the unspecified / uncomplicated code when the query says nothing more', () => {
    expect(first('t2dm').code).toBe('E11.9');
    expect(first('dm2').code).toBe('E11.9');
    expect(first('knee pain').code).toBe('M25.569');
    expect(first('chest pain').code).toBe('R07.9');
  });

  it('ranks the code that names what the query adds', () => {
    expect(first('type 2 diabetes with hyperglycemia').code).toBe('E11.65');
    expect(first('right knee pain').code).toBe('M25.561');
    expect(first('paroxysmal afib').code).toBe('I48.0');
  });

  it('ignores word order and plurals', () => {
    expect(first('pain knee').code).toBe('M25.569');
    expect(first('kidney stones').code).toBe('N20.0');
    expect(first('stones kidney').code).toBe('N20.0');
  });

  it('tolerates typing slips within one or two edits', () => {
    const hit = first('hypertensoin');
    expect(hit.code).toBe('I10');
    expect(hit.words[0]).toMatchObject({ query: 'hypertensoin', how: 'typo' });
    expect(first('atrial fibrilation').code).toBe('I48.91');
  });

  it('completes the word being typed', () => {
    expect(first('atrial fib', true).code).toBe('I48.91');
    expect(first('atrial fib', true).words.map((w) => w.how)).toEqual(['exact', 'prefix']);
    // After a space a word no text has ("fib") is still read as cut short; a word the texts have is taken as typed.
    expect(first('atrial fib ', false).words.map((w) => w.how)).toEqual(['exact', 'prefix']);
    expect(engine.search('hypertensive ', {}, false).flatMap((h) => h.words.map((w) => w.how))).not.toContain('prefix');
  });

  it('says which words matched which field', () => {
    const hit = first('nephrolithiasis');
    expect(hit).toMatchObject({ code: 'N20.0', field: 'inclusion', matchedText: 'Nephrolithiasis NOS' });
    expect(first('osteopenia')).toMatchObject({ code: 'M85.80', field: 'index', matchedText: 'Osteopenia', billable: true });
  });

  it('puts billable codes ahead of their headers', () => {
    const hits = engine.search('hypertensive heart disease', { limit: 5 });
    const header = hits.findIndex((h) => h.code === 'I11');
    expect(header).toBeGreaterThan(hits.findIndex((h) => h.code === 'I11.9'));
  });

  it('prefers the initial encounter and unspecified side for an injury', () => {
    expect(first('fracture neck of femur').code).toBe('S72.009A');
  });

  it('returns nothing for an empty query or words no code uses', () => {
    expect(engine.search('   ')).toEqual([]);
    expect(engine.search('zzzzqqq')).toEqual([]);
  });

  it('keeps only codes valid on the date of service when asked', () => {
    const dated = SearchEngine.build(BASE_DOCUMENTS, {
      validOn: (_system, code, dos) => code !== 'I10' || dos >= '2023-10-01',
    });
    expect(first('htn').code).toBe('I10');
    expect(dated.search('htn', { dateOfService: calendarDate('2023-05-01') })[0]?.code).not.toBe('I10');
    expect(dated.search('htn', { dateOfService: calendarDate('2023-11-01') })[0]?.code).toBe('I10');
    expect(() => engine.search('htn', { dateOfService: calendarDate('2023-11-01') })).toThrow(/validOn/);
  });
});

describe.skipIf(!documents)('query words', () => {
  const more = SearchEngine.build(documents ?? []);
  const top = (q: string): string | undefined => more.search(q, { limit: 3 }, false)[0]?.code;

  it('joins two typed words the texts write as one', () => {
    expect(top('heart burn')).toBe('R12');
    expect(more.search('heart burn', {}, false)[0]?.words[0]).toMatchObject({ query: 'heart burn', matched: 'heartburn' });
  });

  it('finds a hyphenated word typed whole, without gluing words typed apart', () => {
    expect(top('preeclampsia')).toBe('O14.90');
    expect(more.search('long term insulin', {}, false)[0]?.words.map((w) => w.matched)).toEqual(['long', 'term', 'insulin']);
  });

  it('completes words cut short anywhere in the query, and ignores accents', () => {
    expect(top('diab type 2 hyperglyc')).toBe('E11.65');
    expect(more.search('hypert', { limit: 1 }, false)[0]?.words[0]).toMatchObject({ matched: 'hypertension', how: 'prefix' });
    expect(top('pré-eclampsia')).toBe('O14.90');
  });

  it('reaches two edits for a longer word when no one-edit word exists', () => {
    expect(top('athsma')).toBe('J45.909');
  });

  it('reads "with" as asking for the code with the complication, "without" as the opposite', () => {
    expect(top('t2dm hypoglycemia with coma')).toBe('E11.641');
    expect(top('t2dm hypoglycemia without coma')).toBe('E11.649');
  });
});
