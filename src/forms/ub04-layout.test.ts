import { describe, expect, it } from 'vitest';
import { calendarDate } from '../dates/index';
import { cents } from '../money/index';
import type { Claim, ClaimLine } from '../claims/index';
import { UB04_BACKGROUND, layoutUb04 } from './index';
import { institutionalOutpatientClaim, medicareBeneficiary, medicareProfessionalClaim } from './fixtures/claims';
import { fieldsOutsideTheirBoxes, page, pagesOf, placesOf, texts } from './fixtures/fields';

const bg = UB04_BACKGROUND;

/** The outpatient claim with n lines: the fixture's six lines repeated with new line numbers. */
function claimWithLines(n: number): Claim {
  const claim = institutionalOutpatientClaim();
  const lines: ClaimLine[] = Array.from({ length: n }, (_, i) => ({ ...claim.lines[i % claim.lines.length]!, lineNumber: i + 1 }));
  return { ...claim, lines, totalCharge: cents(lines.reduce((s, l) => s + l.charge, 0)) };
}

describe('UB-04 layout of an outpatient hospital claim', () => {
  const result = layoutUb04(institutionalOutpatientClaim(), { creationDate: calendarDate('2026-11-02') });
  const p = page(result);

  it('fills the header: provider, pay-to, control number, type of bill, tax number, statement period', () => {
    expect(texts(p, 'FL1')).toEqual(["ST MARY'S REGIONAL HOSPI", '800 E CARPENTER ST', 'SPRINGFIELD IL 627690001', '2175550199']);
    expect(texts(p, 'FL2')).toEqual(["ST MARY'S REGIONAL HOSPIT", 'PO BOX 19245', 'SPRINGFIELD IL 627949245']);
    expect(texts(p, 'FL3a')).toEqual(['SMH2026102077']);
    expect(placesOf(bg, p, 'FL4')).toEqual([{ col: 78, line: 2, text: '0131' }]);
    expect(texts(p, 'FL5')).toEqual(['37-0123456']);
    expect(texts(p, 'FL6')).toEqual(['102026', '102026']);
  });

  it('reports the shortened provider name rather than cutting it silently', () => {
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.map((w) => [w.code, w.item])).toEqual([['FIELD_TRUNCATED', 'FL1'], ['FIELD_TRUNCATED', 'FL2']]);
  });

  it('fills the patient and admission locators 8-17', () => {
    expect(texts(p, 'FL8')).toEqual(['DELGADO, ROSA, M']);
    expect(texts(p, 'FL9')).toEqual(['1822 W ELM ST APT 3', 'SPRINGFIELD', 'IL', '62704']);
    expect(texts(p, 'FL10')).toEqual(['03071948']);
    expect(texts(p, 'FL11')).toEqual(['F']);
    expect(['FL12', 'FL13', 'FL14', 'FL15', 'FL17'].map((fl) => texts(p, fl)[0])).toEqual(['102026', '09', '3', '1', '01']);
  });

  it('places condition, occurrence, span and value codes in their locators', () => {
    expect(texts(p, 'FL18')).toEqual(['02']);
    expect(texts(p, 'FL19')).toEqual(['39']);
    expect(placesOf(bg, p, 'FL31')).toEqual([{ col: 1, line: 10, text: '11' }, { col: 4, line: 10, text: '101826' }]);
    expect(texts(p, 'FL32')).toEqual(['01', '101826']);
    expect(texts(p, 'FL35')).toEqual(['74', '102026', '102026']);
    expect(placesOf(bg, p, 'FL39')).toEqual([{ col: 44, line: 13, text: 'A1' }, { col: 50, line: 13, text: '257' }, { col: 54, line: 13, text: '00' }]);
    expect(texts(p, 'FL40')).toEqual(['01', '0', '00']);
  });

  it('prints the service lines with revenue codes, HCPCS, dates, units and charges', () => {
    expect([1, 2, 3, 4, 5, 6].map((row) => texts(p, 'FL42', row)[0])).toEqual(['0450', '0300', '0301', '0305', '0324', '0730']);
    expect(texts(p, 'FL43', 1)).toEqual(['EMERGENCY ROOM VISIT']);
    expect(texts(p, 'FL44', 5)).toEqual(['71046']);
    expect(texts(p, 'FL45', 3)).toEqual(['102026']);
    expect(placesOf(bg, p, 'FL46', 2)).toEqual([{ col: 59, line: 19, text: '1' }]);
    expect(placesOf(bg, p, 'FL47', 3)).toEqual([{ col: 66, line: 20, text: '96' }, { col: 69, line: 20, text: '40' }]);
  });

  it('closes with line 23: revenue code 0001, page 1 of 1, creation date and the total', () => {
    // 1250 + 28 + 96.40 + 64 + 412 + 188 = 2038.40
    expect(texts(p, 'FL42', 23)).toEqual(['0001']);
    expect(texts(p, 'FL43', 23)).toEqual(['1', '1']);
    expect(texts(p, 'FL45', 23)).toEqual(['110226']);
    expect(texts(p, 'FL47', 23)).toEqual(['2038', '40']);
  });

  it('fills payer row A, the insured, the NPI, diagnoses, physician and taxonomy', () => {
    expect(placesOf(bg, p, 'FL50')).toEqual([{ col: 2, line: 42, text: 'MEDICARE PART A - WPS' }]);
    expect(['FL51', 'FL52', 'FL53', 'FL56', 'FL58', 'FL59', 'FL60'].map((fl) => texts(p, fl)[0]))
      .toEqual(['06101', 'Y', 'Y', '1912345678', 'DELGADO, ROSA, M', '18', '1EG4TE5MK73']);
    expect(texts(p, 'FL66')).toEqual(['0']);
    expect(placesOf(bg, p, 'FL67')).toEqual([{ col: 4, line: 53, text: 'R0789' }]);
    expect(['FL67A', 'FL67B', 'FL67C'].map((fl) => texts(p, fl)[0])).toEqual(['I10', 'E1165', 'Z7984']);
    expect(texts(p, 'FL70')).toEqual(['R079']);
    expect(texts(p, 'FL76')).toEqual(['1508869981', 'WHITFIELD', 'GRACE']);
    expect(texts(p, 'FL81')).toEqual(['B3', '282N00000X']);
  });

  it('keeps every field upper case and inside its own box', () => {
    expect(p.fields.filter((f) => f.text !== f.text.toUpperCase())).toEqual([]);
    expect(fieldsOutsideTheirBoxes(bg, p)).toEqual([]);
  });
});

describe('UB-04 pages, payers and resubmissions', () => {
  it('prints 22 lines a page and the total on the last page only', () => {
    const result = layoutUb04(claimWithLines(30));
    const [p1, p2] = pagesOf(result);
    expect(pagesOf(result)).toHaveLength(2);
    expect(texts(p1!, 'FL42').filter((t) => t !== '0001')).toHaveLength(22);
    expect(texts(p1!, 'FL43', 23)).toEqual(['1', '2']);
    expect(texts(p1!, 'FL42', 23)).toEqual([]);
    expect(texts(p1!, 'FL47', 23)).toEqual([]);
    expect(texts(p2!, 'FL43', 23)).toEqual(['2', '2']);
    expect(texts(p2!, 'FL42', 23)).toEqual(['0001']);
    // All 30 lines, not page 2's eight: five rounds of the six fixture lines at 2038.40 = 10192.00.
    expect(texts(p2!, 'FL47', 23)).toEqual(['10192', '00']);
    expect(fieldsOutsideTheirBoxes(UB04_BACKGROUND, p2!)).toEqual([]);
  });

  it('prints page subtotals on line 23 when asked to', () => {
    const p1 = page(layoutUb04(claimWithLines(30), { totals: 'per-page' }), 1);
    // Three rounds of six (3 x 2038.40) + 1250 + 28 + 96.40 + 64 = 7553.60
    expect(texts(p1, 'FL47', 23)).toEqual(['7553', '60']);
  });

  it('lists the prior payer in row A with its payment and the billed payer in row B', () => {
    const claim: Claim = {
      ...institutionalOutpatientClaim(), payerSequence: 'S',
      payer: { name: 'Great Lakes Mutual Supplement', payerId: 'GLM01', claimFilingIndicator: 'CI' },
      subscriber: { ...medicareBeneficiary, memberId: 'GLM884120077', groupNumber: 'SUPP-F-2026' },
      otherCoverages: [{
        sequence: 'P', relationship: '18', subscriber: medicareBeneficiary, claimAdjustments: [],
        payer: { name: 'Medicare Part A - WPS', payerId: '06101', claimFilingIndicator: 'MA' }, paidAmount: cents(152_188),
      }],
    };
    const p = page(layoutUb04(claim));
    expect(texts(p, 'FL50')).toEqual(['MEDICARE PART A - WPS', 'GREAT LAKES MUTUAL SUPP']);
    expect(placesOf(bg, p, 'FL50').map((f) => f.line).sort()).toEqual([42, 43]);
    expect(placesOf(bg, p, 'FL54')).toEqual([{ col: 51, line: 42, text: '1521' }, { col: 56, line: 42, text: '88' }]);
    expect(placesOf(bg, p, 'FL53')).toEqual([{ col: 45, line: 43, text: 'Y' }]);
    expect(placesOf(bg, p, 'FL60').map((f) => [f.line, f.text]).sort()).toEqual([[46, '1EG4TE5MK73'], [47, 'GLM884120077']]);
    expect(placesOf(bg, p, 'FL62').map((f) => [f.line, f.text])).toEqual([[47, 'SUPP-F-2026']]);
  });

  it('bills a replacement as type 0137 with the document control number in FL64', () => {
    const base = institutionalOutpatientClaim();
    const claim: Claim = {
      ...base, frequencyCode: '7', payerClaimControlNumber: '21026900123405',
      institutional: { ...base.institutional!, facilityTypeCode: '137' },
    };
    const result = layoutUb04(claim);
    const p = page(result);
    expect(texts(p, 'FL4')).toEqual(['0137']);
    expect(placesOf(bg, p, 'FL64')).toEqual([{ col: 33, line: 50, text: '21026900123405' }]);
    expect(result.ok && result.warnings.filter((w) => w.item === 'FL4')).toEqual([]);
  });

  it('warns when the facility type code disagrees with the claim frequency', () => {
    const result = layoutUb04({ ...institutionalOutpatientClaim(), frequencyCode: '8', payerClaimControlNumber: 'X1' });
    expect(texts(page(result), 'FL4')).toEqual(['0138']);
    expect(result.ok && result.warnings.find((w) => w.item === 'FL4')?.code).toBe('DATA_INCONSISTENT');
  });

  it('prints POA indicators beside the diagnoses and reports codes past the boxes', () => {
    const base = institutionalOutpatientClaim();
    const claim: Claim = {
      ...base, diagnoses: [{ code: 'R0789', presentOnAdmission: 'Y' }, ...base.diagnoses.slice(1)],
      institutional: { ...base.institutional!, conditionCodes: ['02', '39', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'B1'] },
    };
    const result = layoutUb04(claim);
    expect(placesOf(bg, page(result), 'FL67')).toEqual([{ col: 4, line: 53, text: 'R0789' }, { col: 11, line: 53, text: 'Y' }]);
    expect(texts(page(result), 'FL28')).toEqual(['A9']);
    expect(result.ok && result.warnings.find((w) => w.code === 'TOO_MANY_CODES')?.message).toContain('B1');
  });
});

describe('UB-04 inpatient locators', () => {
  const base = institutionalOutpatientClaim();
  const inpatient: Claim = {
    ...base,
    note: 'Transferred from Lincoln County ED by ambulance; records sent under separate cover to the MAC',
    institutional: {
      ...base.institutional!, facilityTypeCode: '111', admissionTypeCode: '1', admissionSourceCode: '4', dischargeHour: '14',
      admittingDiagnosis: 'R0789', drgCode: '247',
      principalProcedure: { code: '02703DZ', date: calendarDate('2026-10-20') },
      otherProcedures: ['B2111ZZ', '4A023N7', '02HV33Z', '5A1955Z', '0BH17EZ', '3E0G76Z'].map((code) => ({ code, date: calendarDate('2026-10-21') })),
      operatingProvider: { entityType: 'person', npi: '1245319599', lastNameOrOrganization: 'Castellanos', firstName: 'Mateo' },
    },
  };
  const result = layoutUb04(inpatient);
  const p = page(result);

  it('fills admitting diagnosis, DRG, discharge hour and type of bill 0111', () => {
    expect(texts(p, 'FL4')).toEqual(['0111']);
    expect(texts(p, 'FL16')).toEqual(['14']);
    expect(texts(p, 'FL69')).toEqual(['R0789']);
    expect(texts(p, 'FL71')).toEqual(['247']);
  });

  it('prints the principal procedure and five others with dates, reporting the seventh', () => {
    const procs = placesOf(bg, p, 'FL74').sort((a, b) => a.line - b.line || a.col - b.col);
    expect(procs.filter((f) => f.text.length === 7).map((f) => [f.line, f.col, f.text])).toEqual([
      [57, 2, '02703DZ'], [57, 17, 'B2111ZZ'], [57, 32, '4A023N7'], [59, 2, '02HV33Z'], [59, 17, '5A1955Z'], [59, 32, '0BH17EZ'],
    ]);
    expect(procs.filter((f) => f.text === '102026')).toHaveLength(1);
    expect(result.ok && result.warnings.find((w) => w.item === 'FL74')?.message).toContain('3E0G76Z');
  });

  it('names the operating physician in FL77', () => {
    expect(placesOf(bg, p, 'FL77')).toEqual([
      { col: 59, line: 58, text: '1245319599' }, { col: 53, line: 59, text: 'CASTELLANOS' }, { col: 70, line: 59, text: 'MATEO' },
    ]);
  });

  it('wraps remarks by word over the four lines of FL80', () => {
    expect(texts(p, 'FL80')).toEqual(['TRANSFERRED FROM', 'LINCOLN COUNTY ED BY', 'AMBULANCE; RECORDS SENT', 'UNDER SEPARATE COVER TO']);
    expect(result.ok && result.warnings.find((w) => w.item === 'FL80')).toMatchObject({ code: 'FIELD_TOO_LONG', severity: 'error' });
    expect(fieldsOutsideTheirBoxes(bg, p)).toEqual([]);
  });
});

describe('UB-04 input checks', () => {
  it('refuses a professional claim', () => {
    const result = layoutUb04(medicareProfessionalClaim());
    expect(!result.ok && result.error).toMatchObject({ code: 'WRONG_CLAIM_KIND', expectedKind: 'institutional' });
  });

  it('refuses an institutional claim without its institutional data', () => {
    const result = layoutUb04({ ...institutionalOutpatientClaim(), institutional: undefined });
    expect(!result.ok && result.error.code).toBe('MISSING_INSTITUTIONAL_DATA');
  });

  it('reports a line without a revenue code', () => {
    const claim = institutionalOutpatientClaim();
    claim.lines[1] = { ...claim.lines[1]!, revenueCode: undefined };
    const result = layoutUb04(claim);
    expect(result.ok && result.warnings.find((w) => w.item === 'FL42')).toMatchObject({ code: 'DATA_INCONSISTENT', line: 2 });
  });
});

describe('UB-04 boundary check', () => {
  it('refuses malformed institutional data with its path', () => {
    const claim = institutionalOutpatientClaim();
    const broken = { ...claim, institutional: { ...claim.institutional!, valueCodes: [{ code: 'A1', amount: 257.5 }] } } as unknown as Claim;
    const result = layoutUb04(broken);
    expect(!result.ok && result.error).toMatchObject({ code: 'CLAIM_INVALID', path: 'institutional.valueCodes.0.amount' });
  });
});
