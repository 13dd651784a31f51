import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scrub837 } from './scrub-837';
import { scrubInput, makeClaim } from './scrub.testkit';

const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'samples', 'x12', '837_005010X222A2');

describe.skipIf(!existsSync(SAMPLES))('scrub837 over the X12 837P sample files (../shared/samples)', () => {
  const { codeSets, tables, rules } = scrubInput(makeClaim());
  const shared = { codeSets, tables, rules, today: '2006-01-15' as never };

  it('reads every claim of every sample and reports findings per claim (CLM01) and line', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.837'));
    let claims = 0;
    for (const f of files) {
      const scrubbed = scrub837(readFileSync(join(SAMPLES, f)), shared);
      expect(scrubbed.transactions.length, f).toBeGreaterThan(0);
      for (const t of scrubbed.transactions) {
        for (const r of t.claims) {
          claims++;
          expect(r.patientControlNumber.length, f).toBeGreaterThan(0);
          for (const finding of r.findings) expect(finding.message.length).toBeGreaterThan(0);
        }
      }
    }
    expect(claims).toBeGreaterThanOrEqual(files.length);
  });

  it('the auto accident example: the sample NPIs fail their check digit and the ICD-9 style code is not ICD-10-CM', () => {
    const scrubbed = scrub837(readFileSync(join(SAMPLES, 'demo.autoaccident.837')), shared);
    const [claim] = scrubbed.transactions[0]!.claims;
    expect(claim!.clean).toBe(false);
    const ids = claim!.findings.map((f) => `${f.editId} ${f.path}`);
    expect(ids).toContain('required.providers billingProvider.npi');
    expect(ids).toContain('icd10cm.validity diagnoses[0]');
  });
});
