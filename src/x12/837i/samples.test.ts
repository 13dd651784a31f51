// Every 837I sample parses to a typed object, reports exactly the findings the file really has, and
// survives parse -> generate -> parse unchanged.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEnvelopes, tokenize } from '../index';
import { generate837I, parse837I, validate837I } from './index';

const dir = fileURLToPath(new URL('../../../../shared/samples/x12/837_005010X223A3', import.meta.url));
const present = existsSync(dir);
if (!present) console.warn(`837I samples not found at ${dir}: sample tests skipped`);

/**
 * The findings each sample really has ("position element code"): CLM06 is not used in the 837I (the
 * samples send Y), statement dates DTP*434 must be RD8, and two files use '>' inside composites while
 * their ISA16 declares ':' (wrong component separator in CLM05, HI, SV202).
 */
const EXPECTED: Record<string, string[]> = {
  'institutional-claim.837i': ['10 NM109 837.npi.invalid', '22 CLM06 x12.element.not_used', '23 DTP02 x12.element.invalid_code'],
  'out-of-network-repriced-claim.837i': ['20 CLM05 x12.element.wrong_component_separator', '20 CLM06 x12.element.not_used', '27 HI01 x12.element.wrong_component_separator', '29 NM109 837.npi.invalid', '31 SV202 x12.element.wrong_component_separator'],
  'ppo-repriced-claim.837i': ['9 NM109 837.npi.invalid', '26 CLM05 x12.element.wrong_component_separator', '26 CLM06 x12.element.not_used', '33 HI01 x12.element.wrong_component_separator', '34 HI01 x12.element.wrong_component_separator', '35 HI01 x12.element.wrong_component_separator', '37 NM109 837.npi.invalid', '43 SV202 x12.element.wrong_component_separator', '47 SV202 x12.element.wrong_component_separator'],
  'two-claims-single-provider.837i': ['10 NM109 837.npi.invalid', '21 CLM06 x12.element.not_used', '41 CLM06 x12.element.not_used', '45 NM109 837.npi.invalid'],
};

/** Findings of the typed reading about structure (the samples have none; NPI and claim checks are in EXPECTED). */
const STRUCTURE = /^837\.(segment|hl|loop|se|st|element)/;

function load(file: string) {
  const env = readEnvelopes(tokenize(readFileSync(`${dir}/${file}`)));
  expect(env.transactions).toHaveLength(1);
  return env.transactions[0]!;
}

describe.skipIf(!present)('837I samples', () => {
  const files = present ? readdirSync(dir).sort() : [];

  it('covers every sample file in the folder', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s parses to a typed 837I with an errata warning for X223A3', (file) => {
    const { transaction, findings } = parse837I(load(file));
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
    const findings = validate837I(load(file)).filter((f) => f.code !== '837.guide.errata');
    expect(findings.map((f) => `${f.segmentPosition} ${f.element ?? f.segmentId} ${f.code}`)).toEqual(EXPECTED[file]);
  });

  it.each(files)('%s round-trips parse -> generate -> parse to the same object', (file) => {
    const received = load(file);
    const first = parse837I(received);
    const segments = generate837I(first.transaction, received.delimiters);
    expect(segments[0]?.elements).toEqual(['ST', '837', received.controlNumber, '005010X223A2']);
    expect(segments.at(-1)?.elements).toEqual(['SE', String(segments.length), received.controlNumber]);
    const second = parse837I({ segments, delimiters: received.delimiters });
    expect(second.transaction).toEqual({ ...first.transaction, implementationConventionReference: '005010X223A2' });
    expect(second.findings.filter((f) => STRUCTURE.test(f.code))).toEqual([]);
  });
});
