import { DEFAULT_DELIMITERS } from '../segment';
import type { Delimiters, Segment } from '../segment';
import {
  amountText,
  joinComponents,
  segment,
  writeAddress,
  writeContact,
  writeDatePeriod,
  writeHl,
  writeName,
  writeOpaque,
  writeProvider,
  writeReference,
} from '../inquiry-common/index';
import { generateInquiry, writeMemberLevels, writeMemberName, writeProcedure } from '../270/index';
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
  return writeMemberName(m, m.requestValidations.map(writeRequestValidation), [
    ...(m.militaryPersonnelInformation ? [writeOpaque(m.militaryPersonnelInformation)] : []),
    ...m.benefits.flatMap((b) => writeBenefitLoop(b, d)),
  ]);
}

/** Writes a 271 as segments ST..SE (for the payer simulator and tests). */
export function generate271(model: import('./model').Transaction271, delimiters: Delimiters = DEFAULT_DELIMITERS): Segment[] {
  return generateInquiry('271', model, (a, hl) => {
    const aId = hl.take();
    const out = [writeHl(aId, undefined, '20', a.loop2000B.length > 0), ...a.requestValidations.map(writeRequestValidation)];
    out.push(writeName(a.loop2100A.name), ...a.loop2100A.contacts.map(writeContact), ...a.loop2100A.requestValidations.map(writeRequestValidation));
    for (const b of a.loop2000B) {
      const bId = hl.take();
      const b1 = b.loop2100B;
      out.push(writeHl(bId, aId, '21', b.loop2000C.length > 0), writeName(b1.name), ...b1.references.map(writeReference), ...writeAddress(b1.address));
      out.push(...b1.requestValidations.map(writeRequestValidation), ...(b1.providerInformation ? [writeProvider(b1.providerInformation)] : []));
      out.push(...writeMemberLevels(hl, bId, b.loop2000C, (m) => writeMember(m, delimiters)));
    }
    return out;
  });
}
