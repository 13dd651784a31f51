// Test support for the 837P and 837I sample tests: every sample of one guide, read from
// ../shared/samples/x12 (never copied into the repository), parses to a typed object, reports exactly the
// findings the file really has, and survives parse -> generate -> parse unchanged. Each guide's test names
// its folder, its guide versions and the findings each sample really has.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Parsed837, Transaction837 } from './837-common/index';
import { sharedSamplesDir } from './deps';
import { readEnvelopes } from './envelope';
import type { Delimiters, Segment, X12Finding } from './segment';
import { tokenize } from './tokenizer';

type Transaction = { segments: readonly Segment[]; delimiters: Delimiters };

export interface Samples837<C> {
  /** '837P' or '837I', as the test titles name it. */
  kind: string;
  /** The folder under shared/samples/x12. */
  folder: string;
  /** The guide the samples declare (ST03), read with an errata warning: 'X222A2'. */
  sampleGuide: string;
  /** The guide the generator writes in ST03: '005010X222A1'. */
  writtenGuide: string;
  /** The findings each sample really has ("position element code"), errata warning left out. */
  expected: Record<string, string[]>;
  parse: (t: Transaction) => Parsed837<Transaction837<C>>;
  validate: (t: Transaction) => X12Finding[];
  generate: (tx: Transaction837<C>, d: Delimiters) => Segment[];
}

/** Findings of the typed reading about structure (the samples have none; NPI and claim checks are in `expected`). */
const STRUCTURE = /^837\.(segment|hl|loop|se|st|element)/;

export function describe837Samples<C extends { claimInformation?: { patientControlNumber?: string }; loop2400: unknown[] }>(s: Samples837<C>): void {
  const root = sharedSamplesDir();
  const dir = root ? join(root, 'x12', s.folder) : undefined;
  const present = dir !== undefined && existsSync(dir);
  if (!present) console.warn(`${s.kind} samples not found at ${dir ?? `../shared/samples/x12/${s.folder}`}: sample tests skipped`);

  function load(file: string) {
    const env = readEnvelopes(tokenize(readFileSync(`${dir!}/${file}`)));
    expect(env.transactions).toHaveLength(1);
    return env.transactions[0]!;
  }

  describe.skipIf(!present)(`${s.kind} samples`, () => {
    const files = present ? readdirSync(dir).sort() : [];

    it('covers every sample file in the folder', () => {
      expect(files).toEqual(Object.keys(s.expected).sort());
    });

    it.each(files)(`%s parses to a typed ${s.kind} with an errata warning for ${s.sampleGuide}`, (file) => {
      const { transaction, findings } = s.parse(load(file));
      expect(transaction.loop2000A.length).toBeGreaterThan(0);
      const claims = transaction.loop2000A.flatMap((a) => a.loop2000B.flatMap((b) => [...b.loop2300, ...b.loop2000C.flatMap((c) => c.loop2300)]));
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) {
        expect(c.claimInformation?.patientControlNumber).toBeTruthy();
        expect(c.loop2400.length).toBeGreaterThan(0);
      }
      expect(findings.find((f) => f.code === '837.guide.errata')?.severity).toBe('warning');
      expect(findings.filter((f) => STRUCTURE.test(f.code))).toEqual([]);
    });

    it.each(files)('%s validates with exactly the findings it really has', (file) => {
      const findings = s.validate(load(file)).filter((f) => f.code !== '837.guide.errata');
      expect(findings.map((f) => `${f.segmentPosition} ${f.element ?? f.segmentId} ${f.code}`)).toEqual(s.expected[file]);
    });

    it.each(files)('%s round-trips parse -> generate -> parse to the same object', (file) => {
      const received = load(file);
      const first = s.parse(received);
      const segments = s.generate(first.transaction, received.delimiters);
      expect(segments[0]?.elements).toEqual(['ST', '837', received.controlNumber, s.writtenGuide]);
      expect(segments.at(-1)?.elements).toEqual(['SE', String(segments.length), received.controlNumber]);
      const second = s.parse({ segments, delimiters: received.delimiters });
      expect(second.transaction).toEqual({ ...first.transaction, implementationConventionReference: s.writtenGuide });
      expect(second.findings.filter((f) => STRUCTURE.test(f.code))).toEqual([]);
    });
  });
}
