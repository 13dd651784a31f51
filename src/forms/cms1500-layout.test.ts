import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import type { Claim } from '../claims/index';
import { CMS1500_BACKGROUND, layoutCms1500 } from './index';
import { institutionalOutpatientClaim, medicareProfessionalClaim, replacementClaim, secondaryClaim } from './fixtures/claims';
import { fields, fieldsOutsideTheirBoxes, page, pagesOf, placesOf, texts } from './fixtures/fields';

const bg = CMS1500_BACKGROUND;

describe('CMS-1500 layout of a Medicare claim with 8 lines and 5 diagnoses', () => {
  const result = layoutCms1500(medicareProfessionalClaim(), { signatureDate: calendarDate('2026-11-02') });
  const p1 = page(result, 1);
  const p2 = page(result, 2);

  it('continues the lines past six on a second form: 6 + 2', () => {
    expect(pagesOf(result)).toHaveLength(2);
    expect(texts(p1, '24D').filter((t) => /^\w{5}$/.test(t))).toEqual(['99214', '36415', '80053', '83036', '80061', '20610']);
    expect(texts(p2, '24D').filter((t) => /^\w{5}$/.test(t))).toEqual(['J3301', '93000']);
    expect(fields(p2, '24D', 1)[0]?.claimLine).toBe(7);
    expect(fields(p2, '24D', 3)).toEqual([]);
  });

  it('totals each page on its own in item 28, nothing carried forward', () => {
    // Page 1: 185 + 15 + 42.50 + 35 + 55 + 210 = 542.50; page 2: 24 + 65 = 89.00.
    expect(texts(p1, '28')).toEqual(['542', '50']);
    expect(texts(p2, '28')).toEqual(['89', '00']);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('puts the claim total on the last page only when asked to', () => {
    const lastOnly = layoutCms1500(medicareProfessionalClaim(), { totals: 'last-page' });
    expect(texts(page(lastOnly, 1), '28')).toEqual(['CONTINUED']);
    expect(texts(page(lastOnly, 2), '28')).toEqual(['631', '50']);
  });

  it('labels the pages at the top right when asked to', () => {
    const labelled = layoutCms1500(medicareProfessionalClaim(), { pageLabels: true });
    expect(placesOf(bg, page(labelled, 2), 'PAGE')).toEqual([{ col: 66, line: 1, text: 'PAGE 2 OF 2' }]);
    expect(texts(p1, 'PAGE')).toEqual([]);
    expect(texts(page(layoutCms1500(secondaryClaim(), { pageLabels: true })), 'PAGE')).toEqual([]);
  });

  it('marks Medicare in item 1 and carries the MBI in 1a', () => {
    expect(placesOf(bg, p1, '1')).toEqual([{ col: 1, line: 8, text: 'X' }]);
    expect(texts(p1, '1a')).toEqual(['1EG4TE5MK73']);
  });

  it('writes the patient as LAST, FIRST, MI with an 8-digit birth date and sex', () => {
    expect(texts(p1, '2')).toEqual(['DELGADO, ROSA, M']);
    expect(texts(p1, '3')).toEqual(['03', '07', '1948', 'X']);
    expect(placesOf(bg, p1, '3').find((f) => f.text === 'X')?.col).toBe(47);
    expect(texts(p1, '5')).toEqual(['1822 W ELM ST APT 3', 'SPRINGFIELD', 'IL', '62704']);
    expect(placesOf(bg, p1, '6')).toEqual([{ col: 33, line: 12, text: 'X' }]);
  });

  it('holds the five diagnoses in 21 A-E without the decimal point, ICD indicator 0', () => {
    const dx = placesOf(bg, p1, '21');
    expect(dx.find((f) => f.line === 37)?.text).toBe('0');
    expect(dx.filter((f) => f.line > 37).map((f) => f.text)).toEqual(['E1165', 'I10', 'E785', 'M1711', 'Z794']);
    // A-D across the first row, E starting the second.
    expect(dx.filter((f) => f.line === 38).map((f) => f.col)).toEqual([3, 15, 27, 39]);
    expect(dx.find((f) => f.text === 'Z794')).toEqual({ col: 3, line: 39, text: 'Z794' });
  });

  it('drops a decimal point that slipped into a diagnosis code', () => {
    const claim = medicareProfessionalClaim();
    claim.diagnoses[0] = { code: 'E11.65' };
    expect(texts(page(layoutCms1500(claim)), '21')).toContain('E1165');
  });

  it('points to diagnoses by letter in 24E, primary first', () => {
    expect(texts(p1, '24E', 1)).toEqual(['ABCD']);
    expect(texts(p1, '24E', 4)).toEqual(['AE']);
    expect(texts(p2, '24E', 2)).toEqual(['BA']);
  });

  it('fills a service row: dates, POS, code and modifiers, charge and cents, units, rendering NPI', () => {
    const row = placesOf(bg, p1, '24A', 1);
    expect(row.map((f) => f.text)).toEqual(['10', '14', '26', '10', '14', '26']);
    expect(row.map((f) => f.col)).toEqual([1, 4, 7, 10, 13, 16]);
    expect(row.every((f) => f.line === 44)).toBe(true);
    expect(texts(p1, '24B', 1)).toEqual(['11']);
    expect(placesOf(bg, p1, '24D', 1)).toEqual([{ col: 24, line: 44, text: '99214' }, { col: 31, line: 44, text: '25' }]);
    // Dollars right-justified against the cents divider (column 54), cents after it.
    expect(placesOf(bg, p1, '24F', 1)).toEqual([{ col: 51, line: 44, text: '185' }, { col: 55, line: 44, text: '00' }]);
    expect(texts(p2, '24G', 1)).toEqual(['4']);
    expect(texts(p1, '24J', 6)).toEqual(['1679576722']);
    expect(placesOf(bg, p1, '24J', 6)[0]?.line).toBe(54);
  });

  it('puts the NDC on the shaded line above the drug line', () => {
    expect(placesOf(bg, p2, '24A', 1).find((f) => f.text.startsWith('N4'))).toEqual({ col: 1, line: 43, text: 'N400003029305 ML1' });
  });

  it('fills the provider items: 14 with 431, 17 DN, 25 EIN, 26, 27, 31-33', () => {
    expect(texts(p1, '14')).toEqual(['09', '30', '26', '431']);
    expect(texts(p1, '17')).toEqual(['DN', 'ERIK J LINDQVIST']);
    expect(texts(p1, '17b')).toEqual(['1003000126']);
    expect(placesOf(bg, p1, '25')).toEqual([{ col: 1, line: 56, text: '234567890' }, { col: 19, line: 56, text: 'X' }]);
    expect(texts(p1, '26')).toEqual(['RFM10442']);
    expect(placesOf(bg, p1, '27')).toEqual([{ col: 38, line: 56, text: 'X' }]);
    expect(texts(p1, '31')).toEqual(['SIGNATURE ON FILE', '11', '02', '26']);
    expect(texts(p1, '32')).toEqual(['RIVERSIDE FAMILY MEDICINE', '400 N MAIN STREET SUITE 210', 'SPRINGFIELD IL 62701-1234']);
    expect(texts(p1, '33')).toEqual(['217', '5550142', 'RIVERSIDE FAMILY MEDICINE, PC', '400 N MAIN STREET SUITE 210', 'SPRINGFIELD IL 62701-1234']);
    expect(texts(p1, '33a')).toEqual(['1234567893']);
    expect(texts(p1, '33b')).toEqual(['ZZ207Q00000X']);
  });

  it('repeats the claim-level items on the continuation page', () => {
    for (const item of ['1a', '2', '21', '26', '33a']) expect(texts(p2, item)).toEqual(texts(p1, item));
  });

  it('prints everything upper case, inside the page and inside its own box', () => {
    for (const p of [p1, p2]) {
      expect(p.fields.filter((f) => f.text !== f.text.toUpperCase())).toEqual([]);
      expect(fieldsOutsideTheirBoxes(bg, p)).toEqual([]);
    }
  });
});

describe('CMS-1500 secondary and replacement claims', () => {
  it('shows the other insured in 9, 9a, 9d, answers 11d yes and reports the primary payment in 29', () => {
    const p = page(layoutCms1500(secondaryClaim()));
    expect(placesOf(bg, p, '1')[0]?.col).toBe(31);
    expect(texts(p, '9')).toEqual(['DELGADO, ROSA, M']);
    expect(texts(p, '9a')).toEqual(['1EG4TE5MK73']);
    expect(texts(p, '9d')).toEqual(['MEDICARE PART B - WPS']);
    expect(texts(p, '11')).toEqual(['SUPP-F-2026']);
    expect(placesOf(bg, p, '11d')[0]?.col).toBe(52);
    expect(texts(p, '29')).toEqual(['146', '28']);
    expect(texts(p, '28')).toEqual(['242', '50']);
  });

  it('puts resubmission code 7 and the original reference number in item 22', () => {
    const p = page(layoutCms1500(replacementClaim()));
    expect(placesOf(bg, p, '22')).toEqual([{ col: 50, line: 38, text: '7' }, { col: 62, line: 38, text: '22630400098765' }]);
    expect(texts(page(layoutCms1500(medicareProfessionalClaim())), '22')).toEqual([]);
  });

  it('warns when a replacement has no original reference number', () => {
    const claim: Claim = { ...replacementClaim(), payerClaimControlNumber: undefined };
    const result = layoutCms1500(claim);
    expect(result.ok && result.warnings.map((w) => [w.code, w.item])).toEqual([['DATA_INCONSISTENT', '22']]);
  });
});

describe('CMS-1500 dependents, emergencies and supervising providers', () => {
  const base = medicareProfessionalClaim();
  const child: Claim = {
    ...base,
    payer: { name: 'Prairie State Health Plan', payerId: 'PSHP1', claimFilingIndicator: 'BL' },
    subscriber: { ...base.subscriber, lastName: 'Okoro', firstName: 'Daniel', middleName: undefined, birthDate: calendarDate('1985-06-30'), sex: 'M', memberId: 'PSH55120', groupNumber: '004417' },
    patient: {
      lastName: 'Okoro', firstName: 'Amara', suffix: undefined, birthDate: calendarDate('2019-02-11'), sex: 'F', relationship: '19',
      address: base.subscriber.address,
    },
    relationship: '19',
    referringProvider: undefined,
    supervisingProvider: { entityType: 'person', npi: '1447382716', lastNameOrOrganization: 'Baptiste', firstName: 'Claire' },
    relatedCauses: { codes: ['AA'], state: 'IN', accidentDate: calendarDate('2026-10-12') },
    lines: [{ ...base.lines[0]!, emergency: true }],
    totalCharge: base.lines[0]!.charge,
  };
  const p = page(layoutCms1500(child));

  it('prints the child in 2 and 3, the parent in 4 and 11a, and Child in 6', () => {
    expect(texts(p, '2')).toEqual(['OKORO, AMARA']);
    expect(texts(p, '3')).toEqual(['02', '11', '2019', 'X']);
    expect(texts(p, '4')).toEqual(['OKORO, DANIEL']);
    expect(placesOf(bg, p, '11a')).toEqual([
      { col: 53, line: 20, text: '06' }, { col: 56, line: 20, text: '30' }, { col: 59, line: 20, text: '1985' }, { col: 68, line: 20, text: 'X' },
    ]);
    expect(placesOf(bg, p, '6')).toEqual([{ col: 42, line: 12, text: 'X' }]);
    expect(placesOf(bg, p, '1')[0]?.col).toBe(31);
  });

  it('answers auto accident yes with the state, and the others no', () => {
    expect(placesOf(bg, p, '10b')).toEqual([{ col: 35, line: 22, text: 'X' }, { col: 45, line: 22, text: 'IN' }]);
    expect(placesOf(bg, p, '10a')).toEqual([{ col: 41, line: 20, text: 'X' }]);
  });

  it('flags the emergency in 24C and falls back to the supervising provider (DQ) in 17', () => {
    expect(placesOf(bg, p, '24C', 1)).toEqual([{ col: 22, line: 44, text: 'Y' }]);
    expect(texts(p, '17')).toEqual(['DQ', 'CLAIRE BAPTISTE']);
    expect(texts(p, '17b')).toEqual(['1447382716']);
  });
});

describe('CMS-1500 input checks and overflow', () => {
  it('refuses an institutional claim with a clear error', () => {
    const result = layoutCms1500(institutionalOutpatientClaim());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('WRONG_CLAIM_KIND');
      expect(result.error.message).toContain('UB-04');
    }
  });

  it('refuses a malformed claim, naming where', () => {
    const claim = medicareProfessionalClaim();
    (claim.lines[2] as { charge: unknown }).charge = '42.50';
    const result = layoutCms1500(claim);
    expect(!result.ok && result.error).toMatchObject({ code: 'CLAIM_INVALID', path: 'lines.2.charge' });
  });

  it('shortens a long name with a warning, but never cuts an account number', () => {
    const claim = medicareProfessionalClaim();
    claim.subscriber = { ...claim.subscriber, lastName: 'Delgado-Villanueva de la Cruz' };
    claim.patientControlNumber = 'RFM-2026-0000010442X';
    const result = layoutCms1500(claim);
    const p = page(result);
    expect(texts(p, '2')[0]).toHaveLength(28);
    expect(texts(p, '26')).toEqual(['RFM-2026-0000010442X']);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.find((w) => w.item === '2')).toMatchObject({ code: 'FIELD_TRUNCATED', severity: 'info' });
    expect(warnings.find((w) => w.item === '26')).toMatchObject({ code: 'FIELD_TOO_LONG', severity: 'error' });
  });

  it('reports diagnoses past L and pointers past the last diagnosis', () => {
    const claim = medicareProfessionalClaim();
    claim.diagnoses = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N'].map((c) => ({ code: `${c}001` }));
    claim.lines[0] = { ...claim.lines[0]!, diagnosisPointers: [1, 13] };
    const result = layoutCms1500(claim);
    const p = page(result);
    expect(texts(p, '21').filter((t) => t !== '0')).toHaveLength(12);
    expect(texts(p, '24E', 1)).toEqual(['A']);
    expect(result.ok && result.warnings.map((w) => w.code).sort()).toEqual(['DATA_INCONSISTENT', 'TOO_MANY_CODES']);
  });

  it('folds accents and replaces what OCR type cannot print, saying so', () => {
    const claim = medicareProfessionalClaim();
    claim.subscriber = { ...claim.subscriber, lastName: 'Muñoz', firstName: '李' };
    const result = layoutCms1500(claim);
    expect(texts(page(result), '2')).toEqual(['MUNOZ, ?, M']);
    expect(result.ok && result.warnings.map((w) => w.code)).toContain('CHARACTER_REPLACED');
  });

  it('warns when the lines do not add up to the claim total', () => {
    const claim = { ...medicareProfessionalClaim(), totalCharge: cents(10_000) };
    const result = layoutCms1500(claim);
    expect(result.ok && result.warnings.find((w) => w.item === '28')?.code).toBe('DATA_INCONSISTENT');
  });
});
