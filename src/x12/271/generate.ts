import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters, Segment } from '../segment';
import {
  amountText,
  joinComponents,
  segment,
  writeAddress,
  writeContact,
  writeDatePeriod,
  writeDemographics,
  writeHl,
  writeName,
  writeOpaque,
  writeProvider,
  writeReference,
  writeTrace,
} from '../inquiry-common/index';
import { envelopeTransaction, HlCounter, writeBht, writeProcedure, writeRelationship } from '../270/index';
import type { EligibilityBenefit, Loop2100Member271, Loop2110Benefit, Loop2120, RequestValidation } from './model';

export function writeRequestValidation(v: RequestValidation): Segment {
  return segment('AAA', v.validRequestIndicator, undefined, v.rejectReasonCode, v.followUpActionCode);
}

function writeBenefit(b: EligibilityBenefit, d: Delimiters): Segment {
  return segment(
    'EB',
    b.code,
    b.coverageLevelCode,
    b.serviceTypeCodes.join(d.repetition),
    b.insuranceTypeCode,
    b.planCoverageDescription,
    b.timePeriodQualifier,
    amountText(b.amount),
    b.percent,
    b.quantityQualifier,
    b.quantity,
    b.authorizationRequired,
    b.inPlanNetwork,
    writeProcedure(b.procedure, d),
    b.diagnosisCodePointers.length ? joinComponents(b.diagnosisCodePointers, d) : undefined,
  );
}

function writeEntity(e: Loop2120): Segment[] {
  return [writeName(e.name), ...writeAddress(e.address), ...e.contacts.map(writeContact), ...(e.providerInformation ? [writeProvider(e.providerInformation)] : [])];
}

function writeBenefitLoop(l: Loop2110Benefit, d: Delimiters): Segment[] {
  const out = [
    writeBenefit(l.benefit, d),
    ...l.servicesDelivery.map(writeOpaque),
    ...l.references.map(writeReference),
    ...l.dates.map(writeDatePeriod),
    ...l.requestValidations.map(writeRequestValidation),
    ...l.messages.map((m) => segment('MSG', m)),
    ...l.loop2115.map(writeOpaque),
  ];
  if (l.loop2120) out.push(segment('LS', '2120'), ...l.loop2120.flatMap(writeEntity), segment('LE', '2120'));
  return out;
}

function writeMember(m: Loop2100Member271, d: Delimiters): Segment[] {
  return [
    writeName(m.name),
    ...m.references.map(writeReference),
    ...writeAddress(m.address),
    ...m.requestValidations.map(writeRequestValidation),
    ...(m.providerInformation ? [writeProvider(m.providerInformation)] : []),
    ...writeDemographics(m.demographics),
    ...writeRelationship(m.relationship),
    ...(m.healthCareDiagnosisCode ? [writeOpaque(m.healthCareDiagnosisCode)] : []),
    ...m.dates.map(writeDatePeriod),
    ...(m.militaryPersonnelInformation ? [writeOpaque(m.militaryPersonnelInformation)] : []),
    ...m.benefits.flatMap((b) => writeBenefitLoop(b, d)),
  ];
}

/** Writes a 271 as segments ST..SE (for the payer simulator and tests). */
export function generate271(model: import('./model').Transaction271, delimiters: Delimiters = DEFAULT_DELIMITERS): Segment[] {
  const hl = new HlCounter();
  const body: Segment[] = [writeBht(model.header)];
  for (const a of model.loop2000A) {
    const aId = hl.take();
    body.push(writeHl(aId, undefined, '20', a.loop2000B.length > 0), ...a.requestValidations.map(writeRequestValidation));
    body.push(writeName(a.loop2100A.name), ...a.loop2100A.contacts.map(writeContact), ...a.loop2100A.requestValidations.map(writeRequestValidation));
    for (const b of a.loop2000B) {
      const bId = hl.take();
      const b1 = b.loop2100B;
      body.push(writeHl(bId, aId, '21', b.loop2000C.length > 0), writeName(b1.name), ...b1.references.map(writeReference), ...writeAddress(b1.address));
      body.push(...b1.requestValidations.map(writeRequestValidation), ...(b1.providerInformation ? [writeProvider(b1.providerInformation)] : []));
      for (const c of b.loop2000C) {
        const cId = hl.take();
        body.push(writeHl(cId, bId, '22', c.loop2000D.length > 0), ...c.traces.map(writeTrace), ...writeMember(c.loop2100C, delimiters));
        for (const dep of c.loop2000D) body.push(writeHl(hl.take(), cId, '23', false), ...dep.traces.map(writeTrace), ...writeMember(dep.loop2100D, delimiters));
      }
    }
  }
  return envelopeTransaction('271', model.transactionSetControlNumber, model.implementationConventionReference, body);
}
