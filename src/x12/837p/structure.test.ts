// The 837 reader and writer on hand-made transactions: HL chain, loop limits, unexpected segments,
// SE count, unreadable amounts, and the writer's refusal of delimiters in data.
import { describe, expect, it } from 'vitest';
import { AppError } from '../deps';
import { DEFAULT_DELIMITERS } from '../segment';
import type { Segment } from '../segment';
import { claimsTo837P, generate837P, parse837P, validate837P } from './index';
import * as f from './claim-fixtures';

const d = DEFAULT_DELIMITERS;

function segs(text: string): Segment[] {
  return text.trim().split('~').map((s) => s.trim()).filter(Boolean).map((s, i) => {
    const elements = s.split('*');
    return { id: elements[0]!, elements, position: i + 1 };
  });
}

function withSe(body: string): Segment[] {
  const list = segs(body);
  return [...list, { id: 'SE', elements: ['SE', String(list.length + 1), '0001'], position: list.length + 1 }];
}

const HEAD = `ST*837*0001*005010X222A1~BHT*0019*00*REF1*20241105*1432*CH~NM1*41*2*SUBMITTER*****46*S1~PER*IC*ANA*TE*5035550142~NM1*40*2*RECEIVER*****46*R1~`;
const BILLING = `HL*1**20*1~NM1*85*2*CLINIC*****XX*1234567893~N3*1 MAIN ST~N4*PORTLAND*OR*97201~REF*EI*931234567~`;
const SUBSCRIBER = `HL*2*1*22*0~SBR*P*18*******CI~NM1*IL*1*DOE*JANE****MI*M1~DMG*D8*19700101*F~NM1*PR*2*PAYER*****PI*P1~`;
const CLAIM = `CLM*PCN1*100***11:B:1*Y*A*Y*Y~HI*ABK:J189~LX*1~SV1*HC:99213*100*UN*1***1~DTP*472*D8*20241101~`;

describe('837P reader', () => {
  it('reads a minimal claim clean', () => {
    const t = { segments: withSe(HEAD + BILLING + SUBSCRIBER + CLAIM), delimiters: d };
    const { transaction, findings } = parse837P(t);
    expect(findings).toEqual([]);
    expect(validate837P(t)).toEqual([]);
    const claim = transaction.loop2000A[0]?.loop2000B[0]?.loop2300[0];
    expect(claim?.claimInformation).toEqual({
      patientControlNumber: 'PCN1', totalClaimChargeAmount: 10000,
      healthCareServiceLocationInformation: { facilityCode: '11', facilityCodeQualifier: 'B', claimFrequencyTypeCode: '1' },
      providerOrSupplierSignatureIndicator: 'Y', assignmentOrPlanParticipationCode: 'A', benefitsAssignmentCertificationIndicator: 'Y', releaseOfInformationCode: 'Y',
    });
    expect(claim?.loop2400[0]?.professionalService?.compositeMedicalProcedureIdentifier).toEqual({ productServiceIdQualifier: 'HC', procedureCode: '99213' });
  });

  it('reports an HL whose parent is missing, a wrong HL04 and a broken HL sequence', () => {
    const bad = SUBSCRIBER.replace('HL*2*1*22*0', 'HL*3*7*22*1');
    const { findings } = parse837P({ segments: withSe(HEAD + BILLING + bad + CLAIM), delimiters: d });
    // HL 3 is kept under the billing provider before it, whose HL04 then no longer matches either.
    expect(findings.map((x) => [x.code, x.loop ?? '', x.element, x.segmentPosition])).toEqual([
      ['837.hl.sequence', '2000B', 'HL01', 11],
      ['837.hl.parent', '2000B', 'HL02', 11],
      ['837.hl.child_code', '2000A', 'HL04', 6],
      ['837.hl.child_code', '2000B', 'HL04', 11],
    ]);
  });

  it('reports a segment the guide does not place there and skips it', () => {
    const { transaction, findings } = parse837P({ segments: withSe(HEAD + BILLING + SUBSCRIBER + CLAIM + 'CL1*1*1*01~'), delimiters: d });
    expect(findings.map((x) => [x.code, x.segmentId, x.segmentPosition])).toEqual([['837.segment.unexpected', 'CL1', 21]]);
    expect(transaction.loop2000A[0]?.loop2000B[0]?.loop2300[0]?.loop2400).toHaveLength(1);
  });

  it('reports 51 service lines against the limit of 50', () => {
    const lines = Array.from({ length: 51 }, (_, i) => `LX*${i + 1}~SV1*HC:99213*2*UN*1***1~DTP*472*D8*20241101~`).join('');
    const body = HEAD + BILLING + SUBSCRIBER + `CLM*PCN1*102***11:B:1*Y*A*Y*Y~HI*ABK:J189~` + lines;
    const { findings } = parse837P({ segments: withSe(body), delimiters: d });
    expect(findings.map((x) => [x.code, x.loop])).toEqual([['837.loop.repeat', '2400']]);
  });

  it('reports an SE count that does not match, a wrong guide, and an amount it cannot read', () => {
    const list = segs(HEAD.replace('005010X222A1', '005010X223A2') + BILLING + SUBSCRIBER + CLAIM.replace('*100***', '*1,00***'));
    list.push({ id: 'SE', elements: ['SE', '99', '0002'], position: list.length + 1 });
    const codes = parse837P({ segments: list, delimiters: d }).findings.map((x) => x.code);
    // With CLM02 unreadable there is no total to compare with the lines.
    expect(codes).toEqual(['837.guide.unknown', '837.element.bad_value', '837.se.count', '837.se.control_number']);
  });

  it('reports a claim whose total differs from its lines, a replacement without REF*F8 and a pointer past the diagnoses', () => {
    const claim = CLAIM.replace('11:B:1', '11:B:7').replace('*100***11', '*120***11').replace('UN*1***1', 'UN*1***2');
    const { findings } = parse837P({ segments: withSe(HEAD + BILLING + SUBSCRIBER + claim), delimiters: d });
    expect(findings.map((x) => x.code)).toEqual(['837P.claim.charge_mismatch', '837P.claim.missing_payer_claim_number', '837P.line.pointer']);
  });
});

describe('837P writer', () => {
  it('numbers HL levels and sets HL04 once the children are known', () => {
    const segments = generate837P(claimsTo837P([f.original, f.dependent], f.submitter, f.receiver, f.options));
    expect(segments.filter((s) => s.id === 'HL').map((s) => s.elements.slice(1))).toEqual([
      ['1', '', '20', '1'], ['2', '1', '22', '0'], ['3', '1', '22', '1'], ['4', '3', '23', '0'],
    ]);
    expect(segments.map((s) => s.position)).toEqual(segments.map((_, i) => i + 1));
  });

  it('refuses a typed value containing a delimiter, naming the element, field and loop', () => {
    const tx = claimsTo837P([f.original], f.submitter, f.receiver, f.options);
    tx.loop2000A[0]!.loop2000B[0]!.loop2010BA!.name.lastNameOrOrganizationName = 'NAKA~MURA';
    let error: unknown;
    try {
      generate837P(tx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('837.data.delimiter');
    expect((error as AppError).location).toEqual({ loop: '2010BA', segmentId: 'NM1', element: 'NM103', field: 'lastNameOrOrganizationName' });
    expect((error as AppError).message).toContain("NM103 (lastNameOrOrganizationName) in loop 2010BA contains '~' (the segment terminator)");
  });

  it('omits trailing empty elements and components but keeps interior ones', () => {
    const segments = generate837P(claimsTo837P([f.original], f.submitter, f.receiver, f.options));
    const sv1 = segments.find((s) => s.id === 'SV1');
    expect(sv1?.elements).toEqual(['SV1', 'HC:99214:25', '175', 'UN', '1', '', '', '1:2:3']);
    expect(segments.find((s) => s.id === 'NM1' && s.elements[1] === 'IL')?.elements).toEqual(['NM1', 'IL', '1', 'NAKAMURA', 'KEN', 'T', '', '', 'MI', 'XJH448812901']);
  });
});
