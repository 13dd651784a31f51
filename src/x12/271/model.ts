// The 271 as a typed object, named after the 005010X279A1 loops.
import type { Cents } from '../deps';
import type { Address, Contact, DatePeriod, EntityName, OpaqueSegment, ProviderInformation, Reference, Trace } from '../inquiry-common/index';
import type { BeginningOfHierarchicalTransaction, Loop2100Member270, ProcedureIdentifier } from '../270/index';

/** AAA Request Validation: why the payer could not answer. */
export interface RequestValidation {
  /** AAA01 Y = the request was valid but could not be processed, N = the request was invalid. */
  validRequestIndicator: string;
  /** AAA03 Reject Reason Code (72 invalid member id, 75 subscriber not found, 42 unable to respond now...). */
  rejectReasonCode: string;
  /** AAA04 Follow-up Action Code (C correct and resubmit, R resubmission allowed, N not allowed...). */
  followUpActionCode: string;
}

/** EB Eligibility or Benefit Information. */
export interface EligibilityBenefit {
  /** EB01 Eligibility or Benefit Information Code (1 active coverage, 6 inactive, A coinsurance, B copay, C deductible, G out of pocket...). */
  code: string;
  /** EB02 Coverage Level Code (IND individual, FAM family...). */
  coverageLevelCode?: string;
  /** EB03 Service Type Codes (repeats; 30 health benefit plan coverage). */
  serviceTypeCodes: string[];
  /** EB04 Insurance Type Code (HM HMO, PR PPO, MB Medicare Part B...). */
  insuranceTypeCode?: string;
  /** EB05 Plan Coverage Description. */
  planCoverageDescription?: string;
  /** EB06 Time Period Qualifier (23 calendar year, 29 remaining, 22 service year, 27 visit...). */
  timePeriodQualifier?: string;
  /** EB07 Monetary Amount. */
  amount?: Cents;
  /** EB08 Percentage as Decimal, kept as sent ('.2' = 20%). */
  percent?: string;
  /** EB09 Quantity Qualifier. */
  quantityQualifier?: string;
  /** EB10 Quantity, kept as sent. */
  quantity?: string;
  /** EB11 Authorization or Certification Indicator (Y required, N not required, U unknown). */
  authorizationRequired?: string;
  /** EB12 In Plan Network Indicator (Y in network, N out of network, W not applicable, U unknown). */
  inPlanNetwork?: string;
  /** EB13 Composite Medical Procedure Identifier. */
  procedure?: ProcedureIdentifier;
  /** EB14 Composite Diagnosis Code Pointer. */
  diagnosisCodePointers: string[];
}

/** Loop 2120C / 2120D Benefit Related Entity Name (inside LS*2120 ... LE*2120). */
export interface Loop2120 {
  name: EntityName;
  address?: Address;
  contacts: Contact[];
  providerInformation?: ProviderInformation;
}

/** Loop 2110C / 2110D Eligibility or Benefit Information. */
export interface Loop2110Benefit {
  benefit: EligibilityBenefit;
  /** HSD Health Care Services Delivery, carried as sent. */
  servicesDelivery: OpaqueSegment[];
  references: Reference[];
  /** DTP (291 plan, 346 plan begin, 347 plan end, 356 eligibility begin, 357 eligibility end...). */
  dates: DatePeriod[];
  requestValidations: RequestValidation[];
  /** MSG01 Free-Form Message Text. */
  messages: string[];
  /** Loop 2115 III segments, carried as sent. */
  loop2115: OpaqueSegment[];
  /** Loop 2120 entities; undefined when there is no LS*2120 wrapper. */
  loop2120?: Loop2120[];
}

/** Loop 2100C / 2100D as answered in a 271. */
export interface Loop2100Member271 extends Omit<Loop2100Member270, 'inquiries'> {
  requestValidations: RequestValidation[];
  /** MPI Military Personnel Information, carried as sent. */
  militaryPersonnelInformation?: OpaqueSegment;
  benefits: Loop2110Benefit[];
}

export interface Loop2000D271 {
  traces: Trace[];
  loop2100D: Loop2100Member271;
}

export interface Loop2000C271 {
  traces: Trace[];
  loop2100C: Loop2100Member271;
  loop2000D: Loop2000D271[];
}

export interface Loop2000B271 {
  loop2100B: {
    name: EntityName;
    references: Reference[];
    address?: Address;
    requestValidations: RequestValidation[];
    providerInformation?: ProviderInformation;
  };
  loop2000C: Loop2000C271[];
}

export interface Loop2000A271 {
  requestValidations: RequestValidation[];
  loop2100A: { name: EntityName; contacts: Contact[]; requestValidations: RequestValidation[] };
  loop2000B: Loop2000B271[];
}

export interface Transaction271 {
  /** ST02 */
  transactionSetControlNumber: string;
  /** ST03 */
  implementationConventionReference: string;
  header: BeginningOfHierarchicalTransaction;
  loop2000A: Loop2000A271[];
}
