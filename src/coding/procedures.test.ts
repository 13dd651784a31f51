// Procedures on small notes: performed vs ordered, vaccines with administration codes, modifier 25, repairs.
import { beforeAll, describe, expect, it } from 'vitest';
import { code, DATA_DIR, procedures, SKIP_REASON, testEngine } from './engine.testkit';

describe.skipIf(!DATA_DIR)(`procedures ${DATA_DIR ? '' : SKIP_REASON}`, () => {
  beforeAll(async () => {
    await testEngine();
  }, 180_000);

  it('codes a test performed in the office, not one only ordered', async () => {
    expect(procedures(await code('Rapid strep positive in office.\nA: Strep pharyngitis.\nMDM: low.'))).toEqual(['99213', '87880']);
    expect(procedures(await code('A: Hypertension.\nP: Chest x-ray ordered. MDM: low.'))).toEqual(['99213']);
  });
  it('adds modifier 25 to the E/M when an injection is given the same day', async () => {
    const r = await code('A: Acute cystitis.\nP: Ceftriaxone 1 g IM given in office. MDM: moderate.');
    expect(r.procedures.map((p) => [p.code, p.modifiers ?? [], p.units ?? 1])).toEqual([
      ['99214', ['25'], 1],
      ['J0696', [], 4],
      ['96372', [], 1],
    ]);
  });
  it('uses 90460/90461 for a counseled child and 90471/90472 otherwise', async () => {
    const child = await code('4-year-old here for well child check with mother. Established patient.\nImmunizations: MMR and varicella vaccines administered; counseling provided by physician for each vaccine.\nA: Well child exam.');
    expect(procedures(child)).toEqual(['99392', '90707', '90716', '90460', '90461']);
    const adult = await code('Nurse visit. Tdap and hepatitis B vaccines administered IM.');
    expect(procedures(adult)).toEqual(['90715', '90746', '90471', '90472']);
  });
  it('codes a simple repair by total length and site group', async () => {
    expect(procedures(await code('PROCEDURE NOTE\n2 cm laceration of the forearm.\nProcedure: Simple repair with 4 sutures. Total length repaired 2.0 cm.'))).toEqual(['12001']);
  });
  it('codes ICD-10-PCS for inpatient procedures', async () => {
    const r = await code('DISCHARGE SUMMARY\nProcedure: Laparoscopic cholecystectomy.\nDischarge diagnosis: Calculus of gallbladder with acute cholecystitis.', 'inpatient');
    expect(r.procedures.map((p) => [p.system, p.code])).toEqual([['ICD10PCS', '0FT44ZZ']]);
  });
});
