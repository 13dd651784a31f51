import { describe, expect, it } from 'vitest';
import { scrubClaim, scrubClaims, summarizeScrub } from './scrub';
import { line, makeClaim, ncciExcerptPresent, scrubInput } from './scrub.testkit';
import type { Edit } from './types';

describe('scrubClaim', () => {
  it('finds nothing on a clean claim', () => {
    const claim = makeClaim();
    expect(scrubClaim(claim, scrubInput(claim))).toEqual({ claimId: 'claim-1', patientControlNumber: 'PCN0001', findings: [], clean: true });
  });

  it.skipIf(!ncciExcerptPresent())('holds a claim with errors and keeps warnings from making it unclean', () => {
    const bad = makeClaim({ diagnoses: [{ code: 'R5383' }], lines: [line(1, '20610'), line(2, '99213'), line(3, '82306')] });
    const result = scrubClaim(bad, scrubInput(bad));
    expect(result.clean).toBe(false);
    expect(result.findings.map((f) => f.editId)).toEqual(['ncci.ptp', 'coverage.medical-necessity']);
    const warnOnly = makeClaim({ lines: [line(1, 'J1885', { units: 6 })] });
    expect(scrubClaim(warnOnly, scrubInput(warnOnly)).clean).toBe(true);
  });

  it('turns an edit that throws into a finding on that claim instead of a crash', () => {
    const broken: Edit = { id: 'broken', title: 'Broken', severity: 'error', run: () => { throw new Error('boom'); } };
    const claim = makeClaim();
    expect(scrubClaim(claim, scrubInput(claim), [broken]).findings[0]).toMatchObject({ editId: 'broken', severity: 'error' });
  });
});

describe('scrubClaims and summarizeScrub', () => {
  // the ncci.aoc finding needs the official AOC rows (../shared/data)
  it.skipIf(!ncciExcerptPresent())('reports the clean-claim rate and the top findings', () => {
    const { codeSets, tables, rules, today } = scrubInput(makeClaim());
    const claims = [makeClaim(), makeClaim({ id: 'c2', patientControlNumber: 'PCN2', diagnoses: [{ code: 'E11' }] }), makeClaim({ id: 'c3', patientControlNumber: 'PCN3', lines: [line(1, '11045')] })];
    const results = scrubClaims(claims, { codeSets, tables, rules, today });
    expect(results.map((r) => r.clean)).toEqual([true, false, false]);
    expect(summarizeScrub(results)).toEqual({ claims: 3, clean: 1, cleanRate: 1 / 3, topFindings: [{ editId: 'icd10cm.validity', count: 1 }, { editId: 'ncci.aoc', count: 1 }] });
  });
});
