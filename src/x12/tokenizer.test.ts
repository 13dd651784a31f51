import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sharedSamplesDir } from '../config/index';
import { tokenize, tokenizeStream, X12ReadError, type Segment } from './index';

const ISA = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*T*:~';
const BODY = 'GS*HP*S*R*20240101*1200*1*X*005010X221A1~ST*835*0001~BPR*H*0*C*NON~SE*3*0001~GE*1*1~IEA*1*000000001~';

function ids(segments: Segment[]): string {
  return segments.map((s) => s.id).join(',');
}

describe('tokenize', () => {
  it('reads the delimiters from the ISA and numbers segments from 1', () => {
    const r = tokenize(ISA + BODY);
    expect(ids(r.segments)).toBe('ISA,GS,ST,BPR,SE,GE,IEA');
    expect(r.segments.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.interchanges[0]!.delimiters).toEqual({ element: '*', component: ':', repetition: '^', segment: '~' });
    expect(r.segments[3]!.elements).toEqual(['BPR', 'H', '0', 'C', 'NON']);
    expect(r.findings).toEqual([]);
  });

  it('uses other delimiters when the ISA declares them (| element, > component, newline terminator)', () => {
    const isa = ISA.replaceAll('*', '|').replace('|:~', '|>\n');
    const body = BODY.replaceAll('*', '|').replaceAll('~', '\n');
    const r = tokenize(isa + body);
    expect(r.interchanges[0]!.delimiters).toEqual({ element: '|', component: '>', repetition: '^', segment: '\n' });
    expect(ids(r.segments)).toBe('ISA,GS,ST,BPR,SE,GE,IEA');
  });

  it('ignores CR/LF after terminators and a CR before an LF terminator', () => {
    const crlf = (ISA + BODY).replaceAll('~', '~\r\n');
    expect(ids(tokenize(crlf).segments)).toBe('ISA,GS,ST,BPR,SE,GE,IEA');
    const lf = (ISA + BODY).replace(/:~$/, ':\n').replaceAll('~', '\r\n');
    expect(tokenize(lf).segments[3]!.elements).toEqual(['BPR', 'H', '0', 'C', 'NON']);
  });

  it('accepts the 0x1D group separator as terminator', () => {
    const text = (ISA + BODY).replaceAll('~', '\x1d');
    expect(ids(tokenize(text).segments)).toBe('ISA,GS,ST,BPR,SE,GE,IEA');
  });

  it('drops a UTF-8 byte-order mark and decodes UTF-16 LE and BE', () => {
    const text = ISA + BODY;
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(tokenize(bom).segments).toHaveLength(7);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = tokenize(le);
    expect(r.encoding).toBe('utf-16le');
    expect(ids(r.segments)).toBe('ISA,GS,ST,BPR,SE,GE,IEA');
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(tokenize(be).encoding).toBe('utf-16be');
    expect(tokenize(be).segments[3]!.elements[4]).toBe('NON');
  });

  it('reads several interchanges with different delimiters', () => {
    const second = (ISA + BODY).replaceAll('*', '|');
    const r = tokenize(`${ISA}${BODY}\n${second}`);
    expect(r.segments).toHaveLength(14);
    expect(r.interchanges.map((i) => [i.segmentIndex, i.delimiters.element])).toEqual([[0, '*'], [7, '|']]);
    expect(r.segments[13]!.position).toBe(14);
  });

  it('refuses input without an ISA, naming the byte offset', () => {
    const bad = () => tokenize(Buffer.from('\uFEFF  hello*world~'));
    expect(bad).toThrow(X12ReadError);
    expect(bad).toThrow(/expected "ISA" at byte 2/);
  });

  it('reports an unterminated last segment instead of dropping it', () => {
    const r = tokenize(ISA + BODY.slice(0, -1));
    expect(r.segments.at(-1)!.id).toBe('IEA');
    expect(r.findings.map((f) => f.code)).toEqual(['x12.segment.unterminated']);
  });

  it('reads a non-fixed-width ISA with a finding', () => {
    const r = tokenize(ISA.replace('SENDER         ', 'SENDER') + BODY);
    expect(r.segments).toHaveLength(7);
    expect(r.findings[0]!.code).toBe('x12.isa.not_fixed_width');
  });
});

describe('tokenizeStream', () => {
  it('gives the same segments as tokenize whatever the chunk size', async () => {
    const text = (ISA + BODY).repeat(3);
    const expected = tokenize(text).segments;
    for (const size of [1, 7, 105, 106, 4096]) {
      const bytes = Buffer.from(text);
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const got: Segment[] = [];
      for await (const batch of tokenizeStream(Readable.from(chunks))) got.push(...batch.segments);
      expect(got).toEqual(expected);
    }
  });

  it('decodes UTF-16 chunks split in the middle of a character', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ISA + BODY, 'utf16le')]);
    const chunks = [bytes.subarray(0, 3), bytes.subarray(3, 101), bytes.subarray(101)];
    const got: Segment[] = [];
    for await (const batch of tokenizeStream(Readable.from(chunks))) got.push(...batch.segments);
    expect(ids(got)).toBe('ISA,GS,ST,BPR,SE,GE,IEA');
  });

  it('skips a segment longer than the limit with a finding, keeping memory bounded', async () => {
    const text = ISA + 'GS*' + 'X'.repeat(5000) + '~' + BODY;
    const stream = tokenizeStream(Readable.from([Buffer.from(text)]), { maxSegmentLength: 1000 });
    const got: Segment[] = [];
    for await (const batch of stream) got.push(...batch.segments);
    expect(ids(got)).toBe('ISA,GS,ST,BPR,SE,GE,IEA');
    expect(stream.findings.map((f) => f.code)).toEqual(['x12.segment.too_long']);
  });
});

describe('real samples', () => {
  const samples = sharedSamplesDir();
  it.skipIf(!samples)('tokenizes the Medicare Part A 835 (needs ../shared/samples)', () => {
    const bytes = readFileSync(join(samples!, 'x12', '835_005010X221A1', 'medicare-part-a.835'));
    const r = tokenize(bytes);
    expect(r.segments.find((s) => s.id === 'PLB')!.elements).toEqual(['PLB', '6543210903', '20021231', 'CV:CP', '-1.27']);
    expect(r.segments.at(-1)!.id).toBe('IEA');
  });
});
