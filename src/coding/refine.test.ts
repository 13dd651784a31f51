// Each refinement axis on small notes, over the real code sets.
import { beforeAll, describe, expect, it } from 'vitest';
import { code, codes, DATA_DIR, SKIP_REASON, testEngine } from './engine.testkit';

describe.skipIf(!DATA_DIR)(`refinement to the most specific code ${DATA_DIR ? '' : SKIP_REASON}`, () => {
  beforeAll(async () => {
    await testEngine();
  }, 180_000);

  it('laterality: right, left, bilateral, and unspecified with a query when silent', async () => {
    expect(codes(await code('A: Acute suppurative otitis media, bilateral.'))).toEqual(['H66.003']);
    expect(codes(await code('A: Acute suppurative otitis media of the left ear.'))).toEqual(['H66.002']);
    const silent = await code('A: Acute suppurative otitis media.');
    expect(codes(silent)).toEqual(['H66.009']);
    expect(silent.queries.map((q) => q.gap)).toContain('laterality');
  });
  it('acuity: acute vs chronic', async () => {
    expect(codes(await code('Impression: Acute maxillary sinusitis.'))).toEqual(['J01.00']);
    expect(codes(await code('Impression: Chronic maxillary sinusitis.'))).toEqual(['J32.0']);
  });
  it('type: diabetes type 1 vs type 2, and a query when the type is not stated', async () => {
    expect(codes(await code('Assessment: Type 1 diabetes mellitus without complications.'))).toEqual(['E10.9']);
    expect(codes(await code('Assessment: Type 2 diabetes mellitus without complications.'))).toEqual(['E11.9']);
    const untyped = await code('Assessment: Diabetes mellitus, controlled.');
    expect(codes(untyped)).toEqual(['E11.9']);
    expect(untyped.queries.map((q) => q.gap)).toContain('diabetes type');
  });
  it('stage: chronic kidney disease stage 3a and 4', async () => {
    expect(codes(await code('A: Chronic kidney disease stage 3a.'))).toEqual(['N18.31']);
    expect(codes(await code('A: CKD stage 4.'))).toEqual(['N18.4']);
  });
  it('trimester and weeks from the gestational age', async () => {
    const r = await code('Routine prenatal visit. 31 yo G2P1 at 24 weeks gestation, no complaints.\nA: Supervision of normal pregnancy.');
    expect(codes(r)).toEqual(expect.arrayContaining(['Z34.82', 'Z3A.24']));
  });
  it('7th character: initial, subsequent and sequela encounters', async () => {
    expect(codes(await code('A: Sprain of left ankle, initial encounter.'))).toEqual(['S93.402A']);
    expect(codes(await code('Follow-up visit, routine healing.\nA: Colles fracture of right radius, subsequent encounter with routine healing.'))).toEqual(['S52.531D']);
  });
  it('with / without: "without" picks the default, "with" the complication', async () => {
    expect(codes(await code('A: GERD with esophagitis, without bleeding.'))).toEqual(['K21.00']);
    expect(codes(await code('A: Migraine without aura, intractable.'))).toEqual(['G43.019']);
    expect(codes(await code('A: Mild intermittent asthma with acute exacerbation.'))).toEqual(['J45.21']);
  });
  it('body regions: a forearm is an upper limb, a great toe the ankle and foot', async () => {
    expect(codes(await code('Impression: Cellulitis of left forearm.'))).toEqual(['L03.114']);
  });
});
