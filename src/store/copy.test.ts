import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryCopyRows } from './copy';
import { insertPrepared, prepareRows, type Columns } from './bulk';
import { openTestDb, testEngines } from './testing';
import type { Db } from './db';

const COLUMNS: Columns = [['id', 'uuid'], ['label', 'text'], ['dos', 'date'], ['amount', 'bigint'], ['units', 'integer'], ['line', 'smallint'], ['ok', 'boolean'], ['detail', 'jsonb']];
const ROWS = [
  ['018f3a2e-7b1c-7d2e-9f00-0000000000a1', 'Müller, ß: 99214', '2023-03-15', 12_345_678_901, 3, 2, true, { codes: ['99214'], note: 'tab\there' }],
  ['018F3A2E-7B1C-7D2E-9F00-0000000000A2', '', '1999-12-31', -4_500, -1, 0, false, null],
  ['018f3a2e-7b1c-7d2e-9f00-0000000000a2', null, null, null, null, null, null, null],
];

describe('binary COPY rows', () => {
  it('write the header, each tuple as field count and (length, bytes) per field, and the trailer', () => {
    const data = binaryCopyRows([['id', 'uuid'], ['dos', 'date'], ['amount', 'bigint']], [['00112233-4455-6677-8899-aabbccddeeff', '2000-01-02', -2]]);
    expect(data.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    expect(data.subarray(11, 19)).toEqual(Buffer.alloc(8));
    expect(data.readInt16BE(19)).toBe(3);
    expect(data.readInt32BE(21)).toBe(16);
    expect(data.subarray(25, 41).toString('hex')).toBe('00112233445566778899aabbccddeeff');
    // a date is its day number from 2000-01-01
    expect([data.readInt32BE(41), data.readInt32BE(45)]).toEqual([4, 1]);
    expect([data.readInt32BE(49), data.readBigInt64BE(53)]).toEqual([8, -2n]);
    expect(data.readInt16BE(61)).toBe(-1);
    expect(data.length).toBe(63);
  });

  it('refuse a value that is not of its column type, naming the column', () => {
    expect(() => binaryCopyRows([['claim_id', 'uuid']], [['00112233-4455-6677-8899-aabbccddeefg']])).toThrow(/column claim_id: .* is not a uuid/);
    expect(() => binaryCopyRows([['claim_id', 'uuid']], [['0011223344556677-8899-aabbccddeeff0']])).toThrow(/column claim_id/);
    expect(() => binaryCopyRows([['claim_id', 'uuid']], [['00112233-4455-6677-8899-aabbccddeeé0']])).toThrow(/column claim_id/);
    expect(() => binaryCopyRows([['dos', 'date']], [['03/15/2023']])).toThrow(/column dos: .* is not a date/);
    expect(() => binaryCopyRows([['amount', 'bigint']], [[12.5]])).toThrow(/column amount: 12.5 is not an integer/);
    expect(() => binaryCopyRows([['codes', 'text[]']], [[['a']]])).toThrow(/column codes: binary COPY of text\[\] is not supported/);
  });
});

describe('rows prepared for a bulk insert', () => {
  const server = { copyIn: () => Promise.resolve() };
  const many = (n: number) => Array.from({ length: n }, (_, i) => ['018f3a2e-7b1c-7d2e-9f00-0000000000a1', `line ${i}`, '2023-03-15']);
  const columns: Columns = [['id', 'uuid'], ['label', 'text'], ['dos', 'date']];

  it('go by COPY on a server for a hundred rows or more, else as one JSON parameter', () => {
    const ways = (q: Parameters<typeof prepareRows>[0], n: number) => {
      const p = prepareRows(q, columns, many(n));
      return [p.count, p.copy instanceof Buffer, typeof p.json];
    };
    expect(ways(server, 100)).toEqual([100, true, 'undefined']);
    expect(ways(server, 99)).toEqual([99, false, 'string']);
    expect(ways({}, 100)).toEqual([100, false, 'string']);
  });

  it('go as JSON when a type or a value cannot be encoded for COPY, so the insert reports what is wrong', () => {
    expect(prepareRows(server, [...columns, ['codes', 'text[]']], many(100).map((r) => [...r, ['99214']]))).toHaveProperty('json');
    const rows = many(100);
    rows[50]![2] = '15/03/2023';
    expect(prepareRows(server, columns, rows)).toHaveProperty('json');
  });
});

// PGlite has no COPY from a client stream: there the callers insert rows as JSON (insertRows).
const servers = (await testEngines()).filter((e) => e === 'postgres');

describe.runIf(servers.length > 0)('binary COPY into PostgreSQL', () => {
  let db: Db & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await openTestDb('postgres');
    await db.exec('CREATE TABLE copied (id uuid, label text, dos date, amount bigint, units integer, line smallint, ok boolean, detail jsonb)');
  });
  afterAll(async () => db.dispose());

  it('stores every value as given, including repeats, NULLs and non-ASCII text, inside a transaction', async () => {
    await db.transaction(async (tx) => tx.copyIn!('copied', COLUMNS.map(([n]) => n), binaryCopyRows(COLUMNS, ROWS)));
    const rows = await db.query('SELECT * FROM copied ORDER BY amount NULLS LAST');
    expect(rows.map((r) => Object.values(r))).toEqual([
      ['018f3a2e-7b1c-7d2e-9f00-0000000000a2', '', '1999-12-31', -4_500, -1, 0, false, null],
      ['018f3a2e-7b1c-7d2e-9f00-0000000000a1', 'Müller, ß: 99214', '2023-03-15', 12_345_678_901, 3, 2, true, { codes: ['99214'], note: 'tab\there' }],
      ['018f3a2e-7b1c-7d2e-9f00-0000000000a2', null, null, null, null, null, null, null],
    ]);
  });

  it('inserts prepared rows by COPY and by JSON alike', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => [`018f3a2e-7b1c-7d2e-9f00-${String(i).padStart(12, '0')}`, `prepared ${i}`, '2023-03-15', i, null, null, true, { i }]);
    await insertPrepared(db, 'copied', COLUMNS, prepareRows(db, COLUMNS, rows));
    await insertPrepared(db, 'copied', COLUMNS, prepareRows({}, COLUMNS, rows));
    const [row] = await db.query("SELECT count(*)::int AS n, count(DISTINCT (id, label, dos, amount, detail))::int AS d FROM copied WHERE label LIKE 'prepared %'");
    expect(row).toEqual({ n: 300, d: 150 });
  });

  it('writes nothing when the transaction fails after the copy', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM copied');
    await expect(db.transaction(async (tx) => {
      await tx.copyIn!('copied', COLUMNS.map(([n]) => n), binaryCopyRows(COLUMNS, ROWS));
      throw new Error('later step failed');
    })).rejects.toThrow('later step failed');
    expect(await db.query('SELECT count(*)::int AS n FROM copied')).toEqual(before);
  });
});
