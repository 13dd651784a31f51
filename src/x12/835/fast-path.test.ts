// The fast claim paths must be invisible: over every sample and fixture, generated 835s, and thousands of
// seeded mutations of them, stream835 gives the same events (claims, remittances, findings, positions)
// on the byte path and on the text fast path as on the general path alone, whatever the chunking.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sharedSamplesDir } from '../deps';
import { writeSegments, seg, DEFAULT_DELIMITERS, LoopWalker } from '../index';
import { generate835, stream835, type Stream835Event } from './index';
import { ByteClaim } from './byte-claim';
import type { Loop2100, Remittance835 } from './types';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(835|837i?|27[0-7]|999)$/.test(name) ? [path] : [];
  });
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rnd: () => number, n: number) => Math.floor(rnd() * n);

/** Edits of one element: values the fast path must refuse (or accept) exactly as the general path would. */
const ODD_VALUES = ['', 'X', '1.234', '.5', '-.5', '12a', '20240230', '99999999999999999', 'HC', 'QC', 'ZZ', 'A'.repeat(90), 'x^y', 'a\x01b', 'b\x7f', 'a:b', '-0', '0'];

type Mutation = (text: string, rnd: () => number) => string;

const segmentsOf = (t: string) => t.split('~');
const MUTATIONS: Mutation[] = [
  (t, rnd) => { const b = Buffer.from(t, 'latin1'); for (let i = 0, n = 1 + int(rnd, 4); i < n; i++) b[int(rnd, b.length)] = int(rnd, 256); return b.toString('latin1'); },
  (t, rnd) => t.slice(0, int(rnd, t.length)),
  (t, rnd) => { const s = segmentsOf(t); s.splice(int(rnd, s.length), 1); return s.join('~'); },
  (t, rnd) => { const s = segmentsOf(t); const i = int(rnd, s.length); s.splice(i, 0, s[i]!); return s.join('~'); },
  (t, rnd) => { const s = segmentsOf(t); const i = int(rnd, s.length - 1); [s[i], s[i + 1]] = [s[i + 1]!, s[i]!]; return s.join('~'); },
  (t, rnd) => { const s = segmentsOf(t); const [x] = s.splice(int(rnd, s.length), 1); s.splice(int(rnd, s.length), 0, x!); return s.join('~'); },
  (t, rnd) => {
    const s = segmentsOf(t);
    const i = int(rnd, s.length);
    const els = s[i]!.split('*');
    if (els.length > 1) els[1 + int(rnd, els.length - 1)] = ODD_VALUES[int(rnd, ODD_VALUES.length)]!;
    else els.push(ODD_VALUES[int(rnd, ODD_VALUES.length)]!);
    s[i] = els.join('*');
    return s.join('~');
  },
  (t, rnd) => { const s = segmentsOf(t); const i = int(rnd, s.length); s[i] = `${s[i]}*EXTRA`; return s.join('~'); },
  (t, rnd) => { const s = segmentsOf(t); const odd = ['TS3*1*11*20241231*1*100', 'REF*EV*X', 'N1*PR*X', 'N1*ZZ*X', 'MIA*0*12', 'MOA*10*20*MA01', 'QTY*CA*2', 'LQ*HE*M1', 'XYZ*1', 'DTM*405*20240101', 'PER*CX*A*TE*1', 'AMT*AU*10', 'LX*2', 'SVC*HC:1*1*1', 'CLP*P*1*1*1**12', 'NM1*IL*1*A', 'PLB*1*20241231*WO*1']; s.splice(int(rnd, s.length), 0, odd[int(rnd, odd.length)]!); return s.join('~'); },
  (t) => t.replace(/~/g, '~\r\n'),
];

/** Chunks of random sizes, so segments and the ISA are split across chunks. */
function chunks(b: Buffer, rnd: () => number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < b.length; ) {
    const n = 1 + int(rnd, 300);
    out.push(b.subarray(at, at + n));
    at += n;
  }
  return out;
}

/** The general path alone, the text fast path, the byte path (the default). */
const PATHS = { general: { fastPath: false }, text: { bytePath: false }, bytes: {} } as const;
type PathName = keyof typeof PATHS;

async function read(parts: Buffer[], path: PathName, validate: boolean): Promise<{ events: Stream835Event[]; error?: string }> {
  const events: Stream835Event[] = [];
  try {
    for await (const e of stream835(Readable.from(parts), { ...PATHS[path], validate })) events.push(e);
  } catch (e) {
    return { events, error: `${(e as Error).name}: ${(e as Error).message}` };
  }
  return { events };
}

async function expectSame(input: Buffer, rnd: () => number, label: string): Promise<void> {
  const parts = rnd() < 0.3 ? [input] : chunks(input, rnd);
  for (const validate of [true, false]) {
    const general = await read(parts, 'general', validate);
    expect(await read(parts, 'text', validate), `${label} (text fast path, validate ${validate})`).toStrictEqual(general);
    expect(await read(parts, 'bytes', validate), `${label} (byte path, validate ${validate})`).toStrictEqual(general);
  }
}

function claim(n: number, variant: number): Loop2100 {
  const date = `2024-0${1 + (n % 9)}-1${n % 10}` as never;
  const svc = (code: string, c: number, p: number) => ({
    procedure: { qualifier: 'HC', code, modifiers: variant % 3 === 0 ? ['25'] : [] }, lineItemChargeAmount: c as never, lineItemProviderPaymentAmount: p as never, unitsOfServicePaidCount: '1',
    serviceDates: [{ qualifier: '472', date }], adjustments: [{ groupCode: 'CO', reasons: [{ carcCode: '45', amount: (c - p) as never }] }],
    references: [{ qualifier: '6R', value: `L${n}` }], amounts: variant % 2 ? [{ qualifier: 'B6', amount: p as never }] : [], quantities: [], remarks: variant % 4 === 1 ? [{ qualifier: 'HE', code: 'N130' }] : [],
  });
  return {
    patientControlNumber: `PCN${n}`, claimStatusCode: variant % 5 === 4 ? '22' : '1', totalClaimChargeAmount: 15000 as never, claimPaymentAmount: 9000 as never,
    claimFilingIndicatorCode: '12', payerClaimControlNumber: `PYR${n}`, facilityTypeCode: '11', claimFrequencyCode: '1', adjustments: variant % 3 === 2 ? [{ groupCode: 'PR', reasons: [{ carcCode: '1', amount: 0 as never }] }] : [],
    patient: { entityIdentifierCode: 'QC', entityTypeQualifier: '1', lastOrOrganizationName: `PAT${n}`, firstName: 'ALEX', identificationCodeQualifier: 'MI', identificationCode: `W${n}` },
    otherNames: variant % 4 === 3 ? [{ entityIdentifierCode: 'IL', entityTypeQualifier: '1', lastOrOrganizationName: 'SUB' }] : [],
    inpatientAdjudication: variant % 7 === 5 ? ['0', '12'] : undefined, outpatientAdjudication: variant % 7 === 6 ? ['10', '20', 'MA01'] : undefined,
    references: [], dates: [{ qualifier: '232', date }], contacts: [], amounts: [], quantities: [],
    services: [svc('99213', 10000, 6000), svc('36415', 5000, 3000)],
  };
}

/** A generated interchange: two 835 sets, claims of several shapes. */
function generated(): Buffer {
  const remittance = (control: string, claims: Loop2100[]): Remittance835 => ({
    transactionSetControlNumber: control,
    financialInformation: { transactionHandlingCode: 'I', totalActualProviderPaymentAmount: (claims.length * 9000) as never, creditDebitFlagCode: 'C', paymentMethodCode: 'ACH', banking: [], checkIssueOrEftEffectiveDate: '2024-03-12' as never },
    reassociationTrace: { traceTypeCode: '1', checkOrEftTraceNumber: `EFT${control}`, payerIdentifier: '1512345678' },
    loop1000A: { name: 'ACME', address: { line1: '1 WAY', city: 'HARTFORD', state: 'CT', postalCode: '06101' }, references: [], contacts: [{ functionCode: 'BL', communications: [{ qualifier: 'TE', number: '8005551212' }] }] },
    loop1000B: { name: 'CLINIC', identificationCodeQualifier: 'XX', identificationCode: '1234567893', references: [] },
    loop2000: [{ assignedNumber: '1', claims }], providerAdjustments: [],
  });
  const d = DEFAULT_DELIMITERS;
  const sets = ['0001', '0002'].map((c, k) => generate835(remittance(c, Array.from({ length: 12 }, (_, i) => claim(k * 12 + i, i))), d));
  const head = [
    seg('ISA', '00', ' '.repeat(10), '00', ' '.repeat(10), 'ZZ', 'PAYERSIM'.padEnd(15), 'ZZ', 'OPENRCM'.padEnd(15), '240310', '0930', '^', '00501', '000000001', '0', 'T', ':'),
    seg('GS', 'HP', 'PAYERSIM', 'OPENRCM', '20240310', '0930', '1', 'X', '005010X221A1'),
  ];
  const text = writeSegments(head, d) + sets.map((s) => writeSegments(s, d)).join('') + 'GE*2*1~IEA*1*000000001~';
  return Buffer.from(text, 'latin1');
}

const samples = sharedSamplesDir();
const inputs = [...files(join(import.meta.dirname, '..')), ...(samples ? files(join(samples, 'x12')) : [])];

describe('the fast claim path reads exactly as the general path', () => {
  it('on the generated 835, all of whose claims each fast path reads', async () => {
    await expectSame(generated(), prng(1), 'generated');
    for (const path of ['text', 'bytes'] as const) {
      for (const parts of [[generated()], chunks(generated(), prng(2))]) {
        const skipped = vi.spyOn(LoopWalker.prototype, 'skipLoop');
        const bytes = vi.spyOn(ByteClaim.prototype, 'start');
        await read(parts, path, true);
        // 24 claims, all taken by the fast path, on bytes unless the byte path is off.
        expect(skipped.mock.results.filter((r) => r.value === true), path).toHaveLength(24);
        expect(bytes.mock.calls.length > 0, path).toBe(path === 'bytes');
        skipped.mockRestore();
        bytes.mockRestore();
      }
    }
  });

  it.each(inputs.map((p) => [p.replace(/^.*\/(samples|x12)\//, ''), p]))('%s and 40 mutations of it', async (_name, path) => {
    const original = readFileSync(path);
    const rnd = prng(0xfa57 ^ original.length);
    await expectSame(original, rnd, 'as is');
    const text = original.toString('latin1');
    for (let i = 0; i < 40; i++) {
      const mutated = MUTATIONS[i % MUTATIONS.length]!(text, rnd);
      await expectSame(Buffer.from(mutated, 'latin1'), rnd, `mutation ${i}`);
    }
  });

  it('on the generated 835 with a UTF-8 byte-order mark, and in UTF-16 with and without one', async () => {
    const text = generated().toString('latin1');
    const rnd = prng(16);
    await expectSame(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'latin1')]), rnd, 'UTF-8 BOM');
    await expectSame(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), rnd, 'UTF-16LE BOM');
    await expectSame(Buffer.from(text, 'utf16le'), rnd, 'UTF-16LE');
  });

  it('on the generated 835 with characters outside ASCII (UTF-8, split across chunks) and invalid bytes', async () => {
    const text = generated().toString('latin1');
    const rnd = prng(17);
    const accented = Buffer.from(text.replace(/NM1\*QC\*1\*PAT(\d)/g, (_, d: string) => `NM1*QC*1*PATÉ€${d}`), 'utf8');
    for (let i = 0; i < 10; i++) await expectSame(accented, rnd, `accented ${i}`);
    const invalid = Buffer.from(text, 'latin1');
    for (let i = 0; i < 10; i++) {
      const b = Buffer.from(invalid);
      b[int(rnd, b.length)] = 0x80 + int(rnd, 128);
      await expectSame(b, rnd, `invalid byte ${i}`);
    }
  });

  it('on 400 mutations of the generated 835', async () => {
    const text = generated().toString('latin1');
    const rnd = prng(42);
    for (let i = 0; i < 400; i++) await expectSame(Buffer.from(MUTATIONS[i % MUTATIONS.length]!(text, rnd), 'latin1'), rnd, `mutation ${i}`);
  });
});

describe('a set cut short', () => {
  it('still streams the claim that was open when the input ended', async () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'valid.835'), 'latin1');
    const cut = text.slice(0, text.indexOf('PLB*'));
    for (const path of ['general', 'text', 'bytes'] as const) {
      const claims: string[] = [];
      for await (const e of stream835(Readable.from([Buffer.from(cut, 'latin1')]), PATHS[path])) if (e.kind === 'claims') claims.push(...e.claims.map((c) => c.patientControlNumber));
      expect(claims).toEqual(['PCN0001', 'PCN0002', 'PCN0003']);
    }
  });
});

describe('two streams read at once', () => {
  it('do not mix their claims (the fast path reuses scratch segments between them)', async () => {
    const a = generated();
    const b = Buffer.from(generated().toString('latin1').replace(/NM1\*QC\*1\*PAT/g, 'NM1*QC*1*OTHER').replace(/LQ\*HE\*N130/g, 'LQ*HE*M1'), 'latin1');
    const alone = async (input: Buffer) => (await read(chunks(input, prng(3)), 'bytes', true)).events;
    const [expectA, expectB] = [await alone(a), await alone(b)];
    const ia = stream835(Readable.from(chunks(a, prng(3))))[Symbol.asyncIterator]();
    const ib = stream835(Readable.from(chunks(b, prng(3))))[Symbol.asyncIterator]();
    const gotA: Stream835Event[] = [];
    const gotB: Stream835Event[] = [];
    for (let doneA = false, doneB = false; !doneA || !doneB; ) {
      if (!doneA) {
        const r = await ia.next();
        if (r.done) doneA = true;
        else gotA.push(r.value);
      }
      if (!doneB) {
        const r = await ib.next();
        if (r.done) doneB = true;
        else gotB.push(r.value);
      }
    }
    expect(gotA).toStrictEqual(expectA);
    expect(gotB).toStrictEqual(expectB);
  });
});
