// Bad input never crashes the inquiry parsers: it comes back as findings that name the segment
// position, segment id, loop and element, in words a biller can act on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { X12ReadError } from '../errors';
import { parse270, x270Spec } from '../270/index';
import { parse271 } from '../271/index';
import { parse276 } from '../276/index';
import { parse277 } from '../277/index';
import { describeFindings, readX12Text, sampleFiles } from './index';

const envelope = (gs: string, guide: string, body: string[]) => {
  const st = [`ST*${body[0]}*0001*${guide}`, ...body.slice(1)];
  return [
    'ISA*00*          *00*          *ZZ*PAYERSIM       *ZZ*OPENRCM        *261126*1200*^*00501*000000101*0*T*:',
    `GS*${gs}*PAYERSIM*OPENRCM*20261126*1200*101*X*${guide}`,
    ...st,
    `SE*${st.length + 1}*0001`,
    'GE*1*101',
    'IEA*1*000000101',
  ].join('~') + '~';
};

describe('invalid 271s come back as findings', () => {
  const text = envelope('HB', '005010X279A1', [
    '271',
    'BHT*0022*11*T1*20261126*1200',
    'HL*1**20*1',
    'NM1*PR*2*ACME*****PI*60054',
    'HL*2*1*21*1',
    'NM1*1P*2*CLINIC*****XX*1234567893',
    'HL*3*2*22*0',
    'NM1*IL*1*DOE*JANE****MI*W1',
    'DTP*346*D8*20260230',
    'EB*ZZ**30',
    'AAA*Y**99*C',
    'EB*C*IND*30***23*ABC',
  ]);
  const t = readX12Text(text).transactions[0]!;
  const { value, findings } = parse271(t);

  it('names each problem with its position, loop and element', () => {
    expect(describeFindings(findings)).toEqual([
      'error x12.element.invalid_code @12 EB EB01',
      'error x12.element.invalid_code @13 AAA AAA03',
      'error x12.element.not_decimal @14 EB EB07',
      // DTP03 is AN in the guide (it may hold a range), so the date check is the parser's own.
      'error x12.element.bad_date @11 DTP DTP03',
    ]);
    // Without element validation the typed reader still says the amount was unreadable.
    expect(describeFindings(parse271(t, { validate: false }).findings)).toEqual(['error x12.element.bad_date @11 DTP DTP03', 'error x12.element.bad_amount @14 EB EB07']);
    const badDate = findings.find((f) => f.code === 'x12.element.bad_date')!;
    expect(badDate.loop).toBe('2100C');
    expect(badDate.message).toMatch(/20260230/);
    expect(findings.find((f) => f.segmentId === 'AAA')).toMatchObject({ loop: '2110C', ik403: '7' });
  });

  it('still reads what it can', () => {
    const member = value.loop2000A[0]!.loop2000B[0]!.loop2000C[0]!.loop2100C;
    expect(member.name.identificationCode).toBe('W1');
    expect(member.dates).toEqual([]);
    expect(member.benefits.map((b) => [b.benefit.code, b.benefit.amount])).toEqual([['ZZ', undefined], ['C', undefined]]);
  });
});

describe('situational EB rules of the 271', () => {
  it('warns when a copay has no amount or a coinsurance no percentage', () => {
    const text = envelope('HB', '005010X279A1', [
      '271',
      'BHT*0022*11*T1*20261126*1200',
      'HL*1**20*1',
      'NM1*PR*2*ACME*****PI*60054',
      'HL*2*1*21*1',
      'NM1*1P*2*CLINIC*****XX*1234567893',
      'HL*3*2*22*0',
      'NM1*IL*1*DOE*JANE****MI*W1',
      'EB*1**30',
      'EB*B**98',
      'EB*A**30',
    ]);
    const { findings } = parse271(readX12Text(text).transactions[0]!);
    expect(describeFindings(findings)).toEqual(['warning 271.eb.amount_missing @12 EB EB07', 'warning 271.eb.percent_missing @13 EB EB08']);
  });
});

describe('structure problems in a 270', () => {
  it('reports a segment out of place and a missing required loop', () => {
    const text = envelope('HS', '005010X279A1', ['270', 'BHT*0022*13*T1*20261126*1200', 'HL*1**20*1', 'NM1*PR*2*ACME*****PI*60054', 'EQ*30', 'HL*2*1*21*0']);
    const t = readX12Text(text).transactions[0]!;
    const { findings } = parse270(t);
    expect(findings.map((f) => f.code)).toEqual(expect.arrayContaining(['x12.segment.unexpected', 'x12.loop.required_missing']));
    expect(findings.find((f) => f.code === 'x12.segment.unexpected')).toMatchObject({ segmentId: 'EQ', segmentPosition: 7 });
    expect(x270Spec.loops[0]!.id).toBe('2000A');
  });
});

/** A small deterministic generator, so a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(bytes: string, random: () => number): string {
  const at = Math.floor(random() * bytes.length);
  switch (Math.floor(random() * 5)) {
    case 0:
      return bytes.slice(0, at) + String.fromCharCode(32 + Math.floor(random() * 95)) + bytes.slice(at + 1);
    case 1:
      return bytes.slice(0, at);
    case 2:
      return bytes.slice(0, at) + bytes.slice(at).replace(/[*~:^]/, (c) => ({ '*': '~', '~': '*', ':': '^', '^': ':' })[c]!);
    case 3:
      return bytes.slice(0, at) + 'X'.repeat(5000) + bytes.slice(at);
    default: {
      const seg = bytes.slice(at).split('~')[1] ?? '';
      return bytes.slice(0, at) + `~${seg}`.repeat(50) + bytes.slice(at);
    }
  }
}

const parsers = { '27': { '0': parse270, '1': parse271, '6': parse276, '7': parse277 } } as const;
const folders = ['270_005010X279A1', '271_005010X279A1', '276_005010X212', '277_005010X212'];
const samples = folders.flatMap((f) => (sampleFiles(f) ?? []).map((s) => ({ ...s, parse: parsers['27'][f[2] as '0' | '1' | '6' | '7'] })));

describe.skipIf(samples.length === 0)('mutated samples never crash the inquiry parsers', () => {
  it.each(samples)('$name: 150 mutations', ({ path, parse }) => {
    const original = readFileSync(path, 'latin1');
    const random = mulberry32(original.length);
    for (let i = 0; i < 150; i++) {
      const text = mutate(original, random);
      let file;
      try {
        file = readX12Text(text);
      } catch (e) {
        // Without a readable ISA the tokenizer refuses the file by name: an expected failure.
        expect(e).toBeInstanceOf(X12ReadError);
        continue;
      }
      for (const t of file.transactions) {
        const result = parse(t);
        expect(Array.isArray(result.findings)).toBe(true);
      }
    }
  });
});
