// The 837I reader on hand-made sets: the 999-line limit, claim checks, and the COB adjudication segments.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DELIMITERS } from '../segment';
import type { Segment } from '../segment';
import { generate837I, parse837I, validate837I } from './index';

function set(body: string): Segment[] {
  const list = `ST*837*0001*005010X223A2~${body}`.split('~').filter(Boolean).map((s, i) => ({ id: s.split('*')[0]!, elements: s.split('*'), position: i + 1 }));
  return [...list, { id: 'SE', elements: ['SE', String(list.length + 1), '0001'], position: list.length + 1 }];
}

const TOP = 'BHT*0019*00*REF1*20241112*0815*CH~NM1*41*2*HOSPITAL*****46*H1~PER*IC*PAT*TE*5415550100~NM1*40*2*RECEIVER*****46*R1~'
  + 'HL*1**20*1~NM1*85*2*MERCY GENERAL*****XX*1625349877~N3*2000 HOSPITAL WAY~N4*EUGENE*OR*97401~REF*EI*930000123~'
  + 'HL*2*1*22*0~SBR*S*18*******BL~NM1*IL*1*BERG*ELSA****MI*BMG88120~N3*77 PINE ST~N4*EUGENE*OR*97402~DMG*D8*19480630*F~NM1*PR*2*BLUE MEDIGAP*****PI*93221~';

function claim(lines: number, extra = ''): string {
  const body = Array.from({ length: lines }, (_, i) => `LX*${i + 1}~SV2*0300*HC:85025*1*UN*1~DTP*472*D8*20241104~`).join('');
  return `CLM*MGH1*${lines}***11:A:1**A*Y*Y~DTP*434*RD8*20241103-20241106~CL1*1*7*01~HI*ABK:J189:::::::Y~${extra}${body}`;
}

const COB = 'SBR*P*18*******MA~CAS*PR*1*1632~AMT*D*15200~OI***Y***Y~MIA*3*0*0*15200*MA01~MOA***MA15*MA18~'
  + 'NM1*IL*1*BERG*ELSA****MI*5TY2WQ1AB34~NM1*PR*2*MEDICARE PART A*****PI*02401~DTP*573*D8*20241125~';

describe('837I reader', () => {
  it('reads and writes the inpatient and outpatient adjudication of the prior payer (MIA, MOA)', () => {
    const t = { segments: set(TOP + claim(2, COB)), delimiters: DEFAULT_DELIMITERS };
    expect(validate837I(t)).toEqual([]);
    const { transaction } = parse837I(t);
    const cob = transaction.loop2000A[0]?.loop2000B[0]?.loop2300[0]?.loop2320[0];
    expect(cob?.inpatientAdjudicationInformation).toEqual({ coveredDaysOrVisitsCount: 3, ppsOperatingOutlierAmount: 0, lifetimePsychiatricDaysCount: 0, claimDrgAmount: 1520000, claimPaymentRemarkCode: 'MA01' });
    expect(cob?.outpatientAdjudicationInformation).toEqual({ claimPaymentRemarkCode1: 'MA15', claimPaymentRemarkCode2: 'MA18' });
    const again = generate837I(transaction);
    expect(again.map((s) => s.elements.join('*'))).toEqual(t.segments.map((s) => s.elements.join('*')));
  });

  it('accepts 999 lines and reports the thousandth', () => {
    expect(parse837I({ segments: set(TOP + claim(999)), delimiters: DEFAULT_DELIMITERS }).findings).toEqual([]);
    const { findings } = parse837I({ segments: set(TOP + claim(1000)), delimiters: DEFAULT_DELIMITERS });
    expect(findings.map((f) => [f.code, f.loop, f.message])).toEqual([['837.loop.repeat', '2400', 'loop 2400 (Service Line Number) repeats 1000 times; the guide allows 999']]);
  });
});
