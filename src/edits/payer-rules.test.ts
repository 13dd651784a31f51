import { describe, expect, it } from 'vitest';
import { payerRules } from './payer-rules';
import { line, makeClaim, runEdit } from './scrub.testkit';

const commercial = { payerId: '60054', category: 'commercial' as const, timelyFilingDays: 180 };
const aetna = { name: 'Aetna', payerId: '60054', claimFilingIndicator: 'CI' as const };

describe('payer.rules (sample rules file)', () => {
  it('commercial.telehealth-modifier-95: holds a video visit without 95, passes it with 95', () => {
    const claim = makeClaim({ payer: aetna, lines: [line(1, '99213', { placeOfService: '10' })] });
    const [f] = runEdit(payerRules, claim, { payer: commercial });
    expect(f).toMatchObject({ editId: 'payer.rules.commercial.telehealth-modifier-95', severity: 'error', lineNumber: 1 });
    expect(runEdit(payerRules, makeClaim({ payer: aetna, lines: [line(1, '99213', { placeOfService: '10', modifiers: ['95'] })] }), { payer: commercial })).toEqual([]);
    expect(runEdit(payerRules, makeClaim({ payer: aetna }), { payer: commercial })).toEqual([]);
  });

  it('uhc.therapy-gp-modifier: only for that payer id', () => {
    const uhc = { name: 'UHC', payerId: '87726', claimFilingIndicator: 'CI' as const };
    expect(runEdit(payerRules, makeClaim({ payer: uhc, lines: [line(1, '97110')] }), { payer: { ...commercial, payerId: '87726' } })[0]!.editId).toBe('payer.rules.uhc.therapy-gp-modifier');
    expect(runEdit(payerRules, makeClaim({ payer: uhc, lines: [line(1, '97110', { modifiers: ['GP'] })] }), { payer: { ...commercial, payerId: '87726' } })).toEqual([]);
    expect(runEdit(payerRules, makeClaim({ payer: aetna, lines: [line(1, '97110')] }), { payer: commercial })).toEqual([]);
  });

  it('all.preventive-visit-with-25: warns when the problem visit points to Z00', () => {
    const claim = makeClaim({ diagnoses: [{ code: 'Z0000' }, { code: 'E119' }], lines: [line(1, '99213', { modifiers: ['25'] })] });
    expect(runEdit(payerRules, claim)[0]).toMatchObject({ severity: 'warning', editId: 'payer.rules.all.preventive-visit-with-25' });
    expect(runEdit(payerRules, makeClaim({ diagnoses: [{ code: 'Z0000' }, { code: 'E119' }], lines: [line(1, '99213', { modifiers: ['25'], diagnosisPointers: [2] })] }))).toEqual([]);
  });

  it('all.ketorolac-units: warns above 4 units', () => {
    expect(runEdit(payerRules, makeClaim({ lines: [line(1, 'J1885', { units: 6 })] }))[0]!.severity).toBe('warning');
    expect(runEdit(payerRules, makeClaim({ lines: [line(1, 'J1885', { units: 2 })] }))).toEqual([]);
  });
});
