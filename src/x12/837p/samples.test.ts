// Every 837P sample parses to a typed object, reports exactly the findings the file really has, and
// survives parse -> generate -> parse unchanged.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readEnvelopes, tokenize } from '../index';
import { generate837P, parse837P, validate837P } from './index';

const dir = fileURLToPath(new URL('../../../../shared/samples/x12/837_005010X222A2', import.meta.url));
const present = existsSync(dir);
if (!present) console.warn(`837P samples not found at ${dir}: sample tests skipped`);

/**
 * The findings each sample really has ("position element code"). The TR3-style examples use made-up
 * NPIs that fail the check digit (837.npi.invalid). Most come from files that use '>'
 * inside composites while their ISA16 declares ':' (wrong component separator in CLM05, HI, SV101), from
 * 4010-era content (AMT*F2 in 2320) or from an incomplete COB loop (2320 without 2330B).
 */
const EXPECTED: Record<string, string[]> = {
  'demo.ambulance.example5.837': ['10 NM109 837.npi.invalid', '23 CLM05-2 x12.element.required_missing'],
  'demo.autoaccident.837': ['9 NM109 837.npi.invalid', '29 NM109 837.npi.invalid', '31 NM109 837.npi.invalid'],
  'demo.cob.2ndary.example4.837': ['9 NM109 837.npi.invalid', '21 CLM05 x12.element.wrong_component_separator', '26 HI01 x12.element.wrong_component_separator', '28 SV107 837P.line.pointer', '28 SV101 x12.element.wrong_component_separator'],
  'demo.cob.example3.A.837': ['9 NM109 837.npi.invalid', '33 NM109 837.npi.invalid', '36 NM109 837.npi.invalid', '44 NM1 x12.loop.required_missing'],
  'demo.cob.example3.B.837': ['9 NM109 837.npi.invalid', '33 NM109 837.npi.invalid', '36 NM109 837.npi.invalid'],
  'demo.cob.example3.C.837': ['9 NM109 837.npi.invalid', '33 NM109 837.npi.invalid', '36 NM109 837.npi.invalid'],
  'demo.cob.example4.837': ['9 NM109 837.npi.invalid', '26 NM109 837.npi.invalid', '31 AMT x12.segment.over_max_use', '31 AMT01 x12.element.invalid_code'],
  'demo.drug.example10.1.837': [],
  'demo.drug.example10.2.837': [],
  'demo.drug.example10.3.837': [],
  'demo.example1.837': [],
  'demo.example11.837': ['9 NM109 837.npi.invalid', '21 CLM05 x12.element.wrong_component_separator', '24 HI01 x12.element.wrong_component_separator', '24 HI02 x12.element.wrong_component_separator', '26 NM109 837.npi.invalid', '32 SV107 837P.line.pointer', '32 SV101 x12.element.wrong_component_separator', '32 SV107 x12.element.wrong_component_separator', '36 SV107 837P.line.pointer', '36 SV101 x12.element.wrong_component_separator'],
  'demo.example12.837': ['26 CLM05 x12.element.wrong_component_separator', '29 HI01 x12.element.wrong_component_separator', '31 NM109 837.npi.invalid', '39 SV107 837P.line.pointer', '39 SV101 x12.element.wrong_component_separator'],
  'demo.example2.837': ['10 NM109 837.npi.invalid', '28 NM109 837.npi.invalid'],
  'demo.example6.837': ['9 NM109 837.npi.invalid', '21 CLM05 x12.element.wrong_component_separator', '26 HI01 x12.element.wrong_component_separator', '28 SV107 837P.line.pointer', '28 SV101 x12.element.wrong_component_separator'],
  'demo.example7.837': ['9 NM109 837.npi.invalid', '30 NM109 837.npi.invalid', '53 NM109 837.npi.invalid'],
  'demo.example8.837': ['9 NM109 837.npi.invalid', '32 NM109 837.npi.invalid'],
  'demo.example9.837': ['9 NM109 837.npi.invalid', '20 CLM05 x12.element.wrong_component_separator', '21 HI01 x12.element.wrong_component_separator', '22 NM109 837.npi.invalid', '25 NM109 837.npi.invalid', '29 SV107 837P.line.pointer', '29 SV101 x12.element.wrong_component_separator', '29 SV107-1 x12.element.not_numeric'],
};

/** Findings of the typed reading about structure (the samples have none; NPI and claim checks are in EXPECTED). */
const STRUCTURE = /^837\.(segment|hl|loop|se|st|element)/;

function load(file: string) {
  const env = readEnvelopes(tokenize(readFileSync(`${dir}/${file}`)));
  expect(env.transactions).toHaveLength(1);
  return env.transactions[0]!;
}

describe.skipIf(!present)('837P samples', () => {
  const files = present ? readdirSync(dir).sort() : [];

  it('covers every sample file in the folder', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('%s parses to a typed 837P with an errata warning for X222A2', (file) => {
    const { transaction, findings } = parse837P(load(file));
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
    const findings = validate837P(load(file)).filter((f) => f.code !== '837.guide.errata');
    expect(findings.map((f) => `${f.segmentPosition} ${f.element ?? f.segmentId} ${f.code}`)).toEqual(EXPECTED[file]);
  });

  it.each(files)('%s round-trips parse -> generate -> parse to the same object', (file) => {
    const received = load(file);
    const first = parse837P(received);
    const segments = generate837P(first.transaction, received.delimiters);
    expect(segments[0]?.elements).toEqual(['ST', '837', received.controlNumber, '005010X222A1']);
    expect(segments.at(-1)?.elements).toEqual(['SE', String(segments.length), received.controlNumber]);
    const second = parse837P({ segments, delimiters: received.delimiters });
    expect(second.transaction).toEqual({ ...first.transaction, implementationConventionReference: '005010X222A1' });
    expect(second.findings.filter((f) => STRUCTURE.test(f.code))).toEqual([]);
  });
});
