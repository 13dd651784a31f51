// The modifier-25 list in gold.ts is checked against the real NCCI practitioner PTP edits: a code
// is on the list exactly when NCCI bundles the office or preventive E/M into it (modifier
// indicator 1). Tobacco counseling (99406/99407) is on the list by policy without an NCCI edit.
import { describe, expect, it } from 'vitest';
import { NEEDS_MODIFIER_25 } from './gold';
import { NCCI_PTP_PRACTITIONER, loadNcciBundlingWith, sharedDataPresent } from './load-code-tables';
import { NOTE_SCENARIOS } from './index';
import { sampleNotes } from './sample';

// Visit codes themselves: office and preventive E/M and the Medicare AWV (never billed with an E/M).
const EM = /^(99(20[2-5]|21[1-5]|38[1-7]|39[1-7])|G043[89])$/;
const POLICY_ONLY = new Set(['99406', '99407']);
const haveData = sharedDataPresent(NCCI_PTP_PRACTITIONER);
if (!haveData) console.warn(`ncci-modifier25: skipped, NCCI file not found at ${NCCI_PTP_PRACTITIONER}`);

describe.skipIf(!haveData)('modifier 25 policy against NCCI PTP edits (2024 Q3)', () => {
  it('lists exactly the procedures NCCI bundles with 99213/99214/99396', async () => {
    const used = new Set<string>();
    for (const s of NOTE_SCENARIOS) for (const { note } of sampleNotes(s, 40)) for (const p of note.gold.procedures) if (!EM.test(p.code)) used.add(p.code);
    const bundling = await loadNcciBundlingWith(new Set(['99213', '99214', '99396']));
    const disagreements = [...used].filter((code) => !POLICY_ONLY.has(code) && bundling.has(code) !== NEEDS_MODIFIER_25.has(code));
    expect(disagreements).toEqual([]);
    expect(bundling.get('20610')?.has('99213')).toBe(true);
    expect(bundling.has('81002')).toBe(false);
  }, 120_000);
});
