// Codecs for the segments the 270 shares with the 271 (and, for BHT, with 276/277).
import { fromX12Date, toX12Date } from '../deps';
import type { Delimiters, Segment } from '../segment';
import { joinComponents, opt, req, segment, splitComponents, splitRepetitions } from '../inquiry-common/index';
import type { ReadContext } from '../inquiry-common/index';
import type { BeginningOfHierarchicalTransaction, EligibilityInquiry, MemberRelationship, ProcedureIdentifier } from './model';

export function readBht(ctx: ReadContext, s: Segment | undefined): BeginningOfHierarchicalTransaction {
  if (!s) return { hierarchicalStructureCode: '', transactionSetPurposeCode: '', time: '' };
  const dateText = req(s, 4);
  const date = fromX12Date(dateText);
  if (dateText && !date) ctx.invalid(s, 'header', 'BHT04', 'x12.element.bad_date', `BHT04: "${dateText}" is not a valid CCYYMMDD date.`);
  return {
    hierarchicalStructureCode: req(s, 1),
    transactionSetPurposeCode: req(s, 2),
    referenceIdentification: opt(s, 3),
    date,
    time: req(s, 5),
    transactionTypeCode: opt(s, 6),
  };
}

export function writeBht(b: BeginningOfHierarchicalTransaction): Segment {
  return segment(
    'BHT',
    b.hierarchicalStructureCode,
    b.transactionSetPurposeCode,
    b.referenceIdentification,
    b.date ? toX12Date(b.date) : undefined,
    b.time,
    b.transactionTypeCode,
  );
}

export function readProcedure(value: string | undefined, d: Delimiters): ProcedureIdentifier | undefined {
  if (!value) return undefined;
  const c = splitComponents(value, d);
  return {
    qualifier: c[0] ?? '',
    code: c[1] ?? '',
    modifiers: c.slice(2, 6).filter((m) => m !== ''),
    productOrServiceId: c[7] || undefined,
  };
}

export function writeProcedure(p: ProcedureIdentifier | undefined, d: Delimiters): string | undefined {
  if (!p) return undefined;
  const mods = [0, 1, 2, 3].map((i) => p.modifiers[i]);
  return joinComponents([p.qualifier, p.code, ...mods, undefined, p.productOrServiceId], d);
}

export function readInquiry(s: Segment, d: Delimiters): EligibilityInquiry {
  return {
    serviceTypeCodes: splitRepetitions(opt(s, 1), d),
    procedure: readProcedure(opt(s, 2), d),
    coverageLevelCode: opt(s, 3),
    diagnosisCodePointers: splitComponents(opt(s, 5), d).filter((p) => p !== ''),
  };
}

export function writeInquiry(q: EligibilityInquiry, d: Delimiters): Segment {
  return segment(
    'EQ',
    q.serviceTypeCodes.join(d.repetition),
    writeProcedure(q.procedure, d),
    q.coverageLevelCode,
    undefined,
    q.diagnosisCodePointers.length ? q.diagnosisCodePointers.join(d.component) : undefined,
  );
}

export function readRelationship(s: Segment): MemberRelationship {
  return {
    insuredIndicator: req(s, 1),
    relationshipCode: req(s, 2),
    maintenanceTypeCode: opt(s, 3),
    maintenanceReasonCode: opt(s, 4),
    birthSequenceNumber: opt(s, 17),
  };
}

export function writeRelationship(r: MemberRelationship | undefined): Segment[] {
  if (!r) return [];
  const el = Array<string | undefined>(17).fill(undefined);
  el[0] = r.insuredIndicator;
  el[1] = r.relationshipCode;
  el[2] = r.maintenanceTypeCode;
  el[3] = r.maintenanceReasonCode;
  el[16] = r.birthSequenceNumber;
  return [segment('INS', ...el)];
}

/** Builds ST and SE around a transaction body, with SE01 counting ST..SE inclusive. */
export function envelopeTransaction(setId: string, controlNumber: string, guide: string, body: Segment[]): Segment[] {
  const st = segment('ST', setId, controlNumber, guide);
  const se = segment('SE', String(body.length + 2), controlNumber);
  return [st, ...body, se].map((s, i) => ({ ...s, position: i + 1 }));
}
