// The ICD-10-CM conventions and Official Guidelines on small notes, over the real code sets.
import { beforeAll, describe, expect, it } from 'vitest';
import { code, codes, DATA_DIR, procedures, SKIP_REASON, testEngine } from './engine.testkit';

describe.skipIf(!DATA_DIR)(`conventions and guidelines ${DATA_DIR ? '' : SKIP_REASON}`, () => {
  beforeAll(async () => {
    await testEngine();
  }, 180_000);

  it('diabetes with CKD: combination code first, then the CKD stage the tabular asks for', async () => {
    expect(codes(await code('Assessment: Type 2 diabetes with chronic kidney disease stage 3a.'))).toEqual(['E11.22', 'N18.31']);
  });
  it('presumes hypertension and CKD are linked (I12.9 + N18.x)', async () => {
    expect(codes(await code('Assessment:\n1. Hypertension\n2. CKD stage 4'))).toEqual(['I12.9', 'N18.4']);
  });
  it('presumes hypertension and heart failure are linked (I11.0 + I50.x)', async () => {
    expect(codes(await code('Assessment:\n1. Hypertension\n2. Chronic diastolic heart failure'))).toEqual(['I11.0', 'I50.32']);
  });
  it('outpatient: codes the symptoms, not the uncertain diagnosis', async () => {
    const r = await code('CC: cough and fever.\nHPI: cough x5 days, fever 101.\nA: Possible pneumonia.');
    expect(codes(r)).toEqual(expect.arrayContaining(['R05.9', 'R50.9']));
    expect(codes(r)).not.toContain('J18.9');
    expect(r.excluded.find((e) => e.text.toLowerCase().includes('pneumonia'))?.reason).toBe('uncertain (outpatient: code the symptoms)');
  });
  it('inpatient: codes the uncertain diagnosis at discharge as if established', async () => {
    expect(codes(await code('DISCHARGE SUMMARY\nDischarge diagnosis: Probable pneumonia.', 'inpatient'))).toContain('J18.9');
  });
  it('inpatient: adds chronic conditions from the history after the principal diagnosis, item by item of the list', async () => {
    const r = await code('DISCHARGE SUMMARY\nPast medical history: Hypertension, type 2 diabetes, COPD, history of appendicitis.\nDischarge diagnoses: Community-acquired pneumonia.', 'inpatient');
    // COPD with pneumonia is J44.0 (code also the pneumonia); "hypertension" and the "pulmonary" of COPD are not pulmonary hypertension
    expect(codes(r)).toEqual(['J18.9', 'I10', 'E11.9', 'J44.0']);
  });
  it('does not code negated, family or hypothetical conditions', async () => {
    const r = await code('HPI: Denies chest pain. Mother had breast cancer. Return if fever.\nA: Essential hypertension.');
    expect(codes(r)).toEqual(['I10']);
    const reasons = r.excluded.map((e) => e.reason);
    expect(reasons).toEqual(expect.arrayContaining(['negated', 'family history', 'hypothetical']));
  });
  it('adds long-term drug therapy, tobacco status and BMI when the documentation supports them', async () => {
    expect(codes(await code('Meds: insulin glargine, metformin.\nA: Type 2 diabetes mellitus without complications.'))).toEqual(['E11.9', 'Z79.4', 'Z79.84']);
    expect(codes(await code('SH: former smoker, quit 2010.\nA: Essential hypertension.'))).toEqual(['I10', 'Z87.891']);
    expect(codes(await code('Vitals: BMI 32.4.\nA: Obesity.'))).toEqual(['E66.9', 'Z68.32']);
  });
  it('codes a past condition the assessment states from History, personal (Z86.73), not the condition itself', async () => {
    expect(codes(await code('Assessment: 1. Essential hypertension. 2. Personal history of TIA.'))).toEqual(['I10', 'Z86.73']);
  });
  it('resolves an Excludes1 conflict by keeping the first-listed code', async () => {
    const r = await code('A:\n1. Type 2 diabetes mellitus without complications\n2. Type 1 diabetes mellitus without complications');
    expect(codes(r)).toEqual(['E11.9']);
    expect(r.excluded.some((e) => e.reason === 'Excludes1 conflict')).toBe(true);
  });
  it('encounter codes lead a preventive visit, with Z23 after a vaccine', async () => {
    const r = await code('Established patient. 33 yo female, annual physical. Normal exam.\nInfluenza vaccine quadrivalent preservative-free 0.5 mL IM given.\nA: Annual exam without abnormal findings.');
    expect(codes(r)).toEqual(['Z00.00', 'Z23']);
    expect(procedures(r)).toEqual(['99395', '90686', '90471']);
  });
  it('every code is billable on the date of service', async () => {
    const r = await code('A: Acute suppurative otitis media, bilateral. Hypertension. Type 2 diabetes.');
    const engine = await testEngine();
    for (const d of r.diagnoses) expect(engine.codeSets.validate(d.code, '2023-05-01' as never).status).toBe('billable');
  });
});

describe.skipIf(!DATA_DIR)(`bad input ${DATA_DIR ? '' : SKIP_REASON}`, () => {
  it('answers an empty, binary or foreign note with a warning and no codes', async () => {
    for (const text of ['', '   \n', '\u0000\u0001\u0002PK\u0003\u0004'.repeat(50), 'El paciente refiere dolor abdominal desde hace tres días, sin fiebre ni vómitos. Se indica reposo y control en una semana por su médico de cabecera.']) {
      const r = await code(text);
      expect(r.diagnoses).toEqual([]);
      expect(r.warnings.length).toBe(1);
    }
  }, 60_000);
  it('refuses a note of several megabytes quickly', async () => {
    const big = 'Assessment: hypertension. '.repeat(200_000);
    const t0 = performance.now();
    const r = await code(big);
    expect(r.warnings[0]).toMatch(/too large/);
    expect(performance.now() - t0).toBeLessThan(5000);
  }, 60_000);
});
