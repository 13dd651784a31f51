// Practice and patient records turned into the parties of a claim, as the 837 and CMS-1500 name them.
import type { ClaimPayer, ClaimPerson, ClaimProvider, ClaimSubscriber, OtherSubscriberCoverage, PayerResponsibilitySequence } from '../claims/index';
import type { Coverage, Patient } from '../patients/index';
import type { Payer, Provider } from '../practice/index';
import type { PayerCoverage } from './types';

export function claimProvider(p: Provider): ClaimProvider {
  return {
    entityType: p.entityType,
    npi: p.npi,
    lastNameOrOrganization: p.lastNameOrOrganization,
    ...(p.firstName ? { firstName: p.firstName } : {}),
    ...(p.middleName ? { middleName: p.middleName } : {}),
    ...(p.taxonomyCode ? { taxonomyCode: p.taxonomyCode } : {}),
    ...(p.taxId && p.taxIdType ? { taxId: { qualifier: p.taxIdType, value: p.taxId } } : {}),
    ...(p.address ? { address: p.address } : {}),
    ...(p.phone ? { contact: { name: 'BILLING OFFICE', phone: p.phone } } : {}),
  };
}

export function claimPayer(payer: Payer): ClaimPayer {
  return {
    name: payer.name.toUpperCase(),
    payerId: payer.payerId ?? '',
    ...(payer.address ? { address: payer.address } : {}),
    claimFilingIndicator: payer.claimFilingIndicator,
  };
}

export function claimSubscriber(coverage: Coverage): ClaimSubscriber {
  const s = coverage.subscriber;
  return {
    lastName: s.lastName,
    firstName: s.firstName,
    birthDate: s.birthDate,
    sex: s.sex,
    address: s.address,
    memberId: coverage.memberId,
    ...(coverage.groupNumber ? { groupNumber: coverage.groupNumber } : {}),
    ...(coverage.planName ? { groupName: coverage.planName } : {}),
  };
}

export function claimPatient(patient: Patient): ClaimPerson {
  return {
    lastName: patient.lastName,
    firstName: patient.firstName,
    ...(patient.middleName ? { middleName: patient.middleName } : {}),
    birthDate: patient.birthDate,
    sex: patient.sex,
    address: patient.address,
  };
}

const SEQUENCE_OF: Record<1 | 2 | 3, PayerResponsibilitySequence> = { 1: 'P', 2: 'S', 3: 'T' };

/** Another payer known to be involved (2320/2330), before any adjudication is known. */
export function otherSubscriberCoverage({ coverage, payer }: PayerCoverage): OtherSubscriberCoverage {
  return {
    sequence: SEQUENCE_OF[coverage.priority],
    relationship: coverage.relationship,
    subscriber: claimSubscriber(coverage),
    payer: claimPayer(payer),
    ...(coverage.groupNumber ? { groupNumber: coverage.groupNumber } : {}),
    claimAdjustments: [],
  };
}
