// The segments of the 837P and 837I as field tables. Field names are the guide's data element names
// in camelCase; the element reference (e.g. CLM05) is the position in each table.
import type { Cents } from '../deps';
import { defineSegment, defineListSegment } from './codec';
import type { SegmentCodec, SegmentValue } from './codec';

const PROCEDURE = [
  'productServiceIdQualifier', 'procedureCode', 'procedureModifier1', 'procedureModifier2',
  'procedureModifier3', 'procedureModifier4', 'description',
] as const;

export const BHT = defineSegment('BHT', {
  hierarchicalStructureCode: [1, 'text'],
  transactionSetPurposeCode: [2, 'text'],
  originatorApplicationTransactionIdentifier: [3, 'text'],
  transactionSetCreationDate: [4, 'text'],
  transactionSetCreationTime: [5, 'text'],
  claimOrEncounterIdentifier: [6, 'text'],
});
export const NM1 = defineSegment('NM1', {
  entityIdentifierCode: [1, 'text'],
  entityTypeQualifier: [2, 'text'],
  lastNameOrOrganizationName: [3, 'text'],
  firstName: [4, 'text'],
  middleName: [5, 'text'],
  nameSuffix: [7, 'text'],
  identificationCodeQualifier: [8, 'text'],
  identificationCode: [9, 'text'],
});
export const PER = defineSegment('PER', {
  contactFunctionCode: [1, 'text'],
  name: [2, 'text'],
  communicationNumberQualifier1: [3, 'text'],
  communicationNumber1: [4, 'text'],
  communicationNumberQualifier2: [5, 'text'],
  communicationNumber2: [6, 'text'],
  communicationNumberQualifier3: [7, 'text'],
  communicationNumber3: [8, 'text'],
});
export const N3 = defineSegment('N3', { addressInformation1: [1, 'text'], addressInformation2: [2, 'text'] });
export const N4 = defineSegment('N4', {
  cityName: [1, 'text'],
  stateOrProvinceCode: [2, 'text'],
  postalCode: [3, 'text'],
  countryCode: [4, 'text'],
  countrySubdivisionCode: [7, 'text'],
});
export const REF = defineSegment('REF', {
  referenceIdentificationQualifier: [1, 'text'],
  referenceIdentification: [2, 'text'],
});
export const PRV = defineSegment('PRV', {
  providerCode: [1, 'text'],
  referenceIdentificationQualifier: [2, 'text'],
  providerTaxonomyCode: [3, 'text'],
});
export const CUR = defineSegment('CUR', { entityIdentifierCode: [1, 'text'], currencyCode: [2, 'text'] });
export const DMG = defineSegment('DMG', {
  dateTimePeriodFormatQualifier: [1, 'text'],
  dateOfBirth: [2, 'text'],
  genderCode: [3, 'text'],
});
export const SBR = defineSegment('SBR', {
  payerResponsibilitySequenceNumberCode: [1, 'text'],
  individualRelationshipCode: [2, 'text'],
  groupOrPolicyNumber: [3, 'text'],
  groupName: [4, 'text'],
  insuranceTypeCode: [5, 'text'],
  claimFilingIndicatorCode: [9, 'text'],
});
export const PAT = defineSegment('PAT', {
  individualRelationshipCode: [1, 'text'],
  dateTimePeriodFormatQualifier: [5, 'text'],
  patientDeathDate: [6, 'text'],
  unitOrBasisForMeasurementCode: [7, 'text'],
  patientWeight: [8, 'decimal'],
  pregnancyIndicator: [9, 'text'],
});
export const CLM = defineSegment('CLM', {
  patientControlNumber: [1, 'text'],
  totalClaimChargeAmount: [2, 'amount'],
  healthCareServiceLocationInformation: [5, ['facilityCode', 'facilityCodeQualifier', 'claimFrequencyTypeCode']],
  providerOrSupplierSignatureIndicator: [6, 'text'],
  assignmentOrPlanParticipationCode: [7, 'text'],
  benefitsAssignmentCertificationIndicator: [8, 'text'],
  releaseOfInformationCode: [9, 'text'],
  patientSignatureSourceCode: [10, 'text'],
  relatedCausesInformation: [11, ['relatedCausesCode1', 'relatedCausesCode2', 'relatedCausesCode3', 'stateCode', 'countryCode']],
  specialProgramIndicator: [12, 'text'],
  delayReasonCode: [20, 'text'],
});
export const DTP = defineSegment('DTP', {
  dateTimeQualifier: [1, 'text'],
  dateTimePeriodFormatQualifier: [2, 'text'],
  dateTimePeriod: [3, 'text'],
});
export const PWK = defineSegment('PWK', {
  attachmentReportTypeCode: [1, 'text'],
  attachmentTransmissionCode: [2, 'text'],
  identificationCodeQualifier: [5, 'text'],
  attachmentControlNumber: [6, 'text'],
});
export const CN1 = defineSegment('CN1', {
  contractTypeCode: [1, 'text'],
  contractAmount: [2, 'amount'],
  contractPercentage: [3, 'decimal'],
  contractCode: [4, 'text'],
  termsDiscountPercentage: [5, 'decimal'],
  contractVersionIdentifier: [6, 'text'],
});
export const AMT = defineSegment('AMT', { amountQualifierCode: [1, 'text'], monetaryAmount: [2, 'amount'] });
export const K3 = defineSegment('K3', { fixedFormatInformation: [1, 'text'] });
export const NTE = defineSegment('NTE', { noteReferenceCode: [1, 'text'], description: [2, 'text'] });
export const CR1 = defineSegment('CR1', {
  unitOrBasisForMeasurementCode: [1, 'text'],
  patientWeight: [2, 'decimal'],
  ambulanceTransportReasonCode: [4, 'text'],
  transportDistanceUnitCode: [5, 'text'],
  transportDistance: [6, 'decimal'],
  roundTripPurposeDescription: [9, 'text'],
  stretcherPurposeDescription: [10, 'text'],
});
export const CR2 = defineSegment('CR2', {
  patientConditionCode: [8, 'text'],
  patientConditionDescription1: [10, 'text'],
  patientConditionDescription2: [11, 'text'],
});
export const CR3 = defineSegment('CR3', {
  certificationTypeCode: [1, 'text'],
  unitOrBasisForMeasurementCode: [2, 'text'],
  durableMedicalEquipmentDuration: [3, 'decimal'],
});
export interface CrcValue {
  codeCategory?: string;
  certificationConditionIndicator?: string;
  conditionCodes: string[];
}
export const CRC: SegmentCodec<CrcValue> = defineListSegment<CrcValue>(
  'CRC',
  { codeCategory: [1, 'text'], certificationConditionIndicator: [2, 'text'] },
  { name: 'conditionCodes', from: 3, to: 7, stride: 1 },
);
/** C022 health care code information: one HI01..HI12 composite. */
export interface HealthCareCode {
  codeListQualifierCode?: string;
  industryCode?: string;
  dateTimePeriodFormatQualifier?: string;
  dateTimePeriod?: string;
  monetaryAmount?: string;
  quantity?: string;
  versionIdentifier?: string;
  industryCodeEnd?: string;
  presentOnAdmissionIndicator?: string;
}
export interface HiValue {
  healthCareCodes: HealthCareCode[];
}
export const HI: SegmentCodec<HiValue> = defineListSegment<HiValue>('HI', {}, {
  name: 'healthCareCodes', from: 1, to: 12, stride: 1,
  components: [
    'codeListQualifierCode', 'industryCode', 'dateTimePeriodFormatQualifier', 'dateTimePeriod', 'monetaryAmount',
    'quantity', 'versionIdentifier', 'industryCodeEnd', 'presentOnAdmissionIndicator',
  ],
});
export const HCP = defineSegment('HCP', {
  pricingMethodology: [1, 'text'],
  repricedAllowedAmount: [2, 'amount'],
  repricedSavingAmount: [3, 'amount'],
  repricingOrganizationIdentifier: [4, 'text'],
  repricingPerDiemOrFlatRateAmount: [5, 'decimal'],
  repricedApprovedDrgCode: [6, 'text'],
  repricedApprovedAmount: [7, 'amount'],
  repricedApprovedRevenueCode: [8, 'text'],
  productServiceIdQualifier: [9, 'text'],
  repricedApprovedProcedureCode: [10, 'text'],
  unitOrBasisForMeasurementCode: [11, 'text'],
  repricedApprovedServiceUnitCount: [12, 'decimal'],
  rejectReasonCode: [13, 'text'],
  policyComplianceCode: [14, 'text'],
  exceptionCode: [15, 'text'],
});
export const CL1 = defineSegment('CL1', {
  admissionTypeCode: [1, 'text'],
  admissionSourceCode: [2, 'text'],
  patientStatusCode: [3, 'text'],
});
export interface CasAdjustment {
  claimAdjustmentReasonCode?: string;
  monetaryAmount?: Cents;
  quantity?: number;
}
export interface CasValue {
  claimAdjustmentGroupCode?: string;
  adjustments: CasAdjustment[];
}
export const CAS: SegmentCodec<CasValue> = defineListSegment<CasValue>('CAS', { claimAdjustmentGroupCode: [1, 'text'] }, {
  name: 'adjustments', from: 2, to: 19, stride: 3,
  parts: [['claimAdjustmentReasonCode', 'text'], ['monetaryAmount', 'amount'], ['quantity', 'decimal']],
});
export const OI = defineSegment('OI', {
  benefitsAssignmentCertificationIndicator: [3, 'text'],
  patientSignatureSourceCode: [4, 'text'],
  releaseOfInformationCode: [6, 'text'],
});
export const MOA = defineSegment('MOA', {
  reimbursementRate: [1, 'decimal'],
  hcpcsPayableAmount: [2, 'amount'],
  claimPaymentRemarkCode1: [3, 'text'],
  claimPaymentRemarkCode2: [4, 'text'],
  claimPaymentRemarkCode3: [5, 'text'],
  claimPaymentRemarkCode4: [6, 'text'],
  claimPaymentRemarkCode5: [7, 'text'],
  endStageRenalDiseasePaymentAmount: [8, 'amount'],
  nonPayableProfessionalComponentBilledAmount: [9, 'amount'],
});
export const MIA = defineSegment('MIA', {
  coveredDaysOrVisitsCount: [1, 'decimal'],
  ppsOperatingOutlierAmount: [2, 'amount'],
  lifetimePsychiatricDaysCount: [3, 'decimal'],
  claimDrgAmount: [4, 'amount'],
  claimPaymentRemarkCode: [5, 'text'],
  claimDisproportionateShareAmount: [6, 'amount'],
  claimMspPassThroughAmount: [7, 'amount'],
  claimPpsCapitalAmount: [8, 'amount'],
  ppsCapitalFspDrgAmount: [9, 'amount'],
  ppsCapitalHspDrgAmount: [10, 'amount'],
  ppsCapitalDshDrgAmount: [11, 'amount'],
  oldCapitalAmount: [12, 'amount'],
  ppsCapitalImeAmount: [13, 'amount'],
  ppsOperatingHospitalSpecificDrgAmount: [14, 'amount'],
  costReportDayCount: [15, 'decimal'],
  ppsOperatingFederalSpecificDrgAmount: [16, 'amount'],
  claimPpsCapitalOutlierAmount: [17, 'amount'],
  claimIndirectTeachingAmount: [18, 'amount'],
  nonPayableProfessionalComponentAmount: [19, 'amount'],
  claimPaymentRemarkCode2: [20, 'text'],
  claimPaymentRemarkCode3: [21, 'text'],
  claimPaymentRemarkCode4: [22, 'text'],
  claimPaymentRemarkCode5: [23, 'text'],
  ppsCapitalExceptionAmount: [24, 'amount'],
});
export const LX = defineSegment('LX', { assignedNumber: [1, 'decimal'] });
export const SV1 = defineSegment('SV1', {
  compositeMedicalProcedureIdentifier: [1, PROCEDURE],
  lineItemChargeAmount: [2, 'amount'],
  unitOrBasisForMeasurementCode: [3, 'text'],
  serviceUnitCount: [4, 'decimal'],
  placeOfServiceCode: [5, 'text'],
  compositeDiagnosisCodePointer: [7, ['diagnosisCodePointer1', 'diagnosisCodePointer2', 'diagnosisCodePointer3', 'diagnosisCodePointer4']],
  emergencyIndicator: [9, 'text'],
  epsdtIndicator: [11, 'text'],
  familyPlanningIndicator: [12, 'text'],
  copayStatusCode: [15, 'text'],
});
export const SV2 = defineSegment('SV2', {
  serviceLineRevenueCode: [1, 'text'],
  compositeMedicalProcedureIdentifier: [2, PROCEDURE],
  lineItemChargeAmount: [3, 'amount'],
  unitOrBasisForMeasurementCode: [4, 'text'],
  serviceUnitCount: [5, 'decimal'],
  lineItemDeniedChargeOrNonCoveredChargeAmount: [7, 'amount'],
});
export const SV5 = defineSegment('SV5', {
  compositeMedicalProcedureIdentifier: [1, PROCEDURE],
  unitOrBasisForMeasurementCode: [2, 'text'],
  lengthOfMedicalNecessity: [3, 'decimal'],
  dmeRentalPrice: [4, 'amount'],
  dmePurchasePrice: [5, 'amount'],
  rentalUnitPriceIndicator: [6, 'text'],
});
export const QTY = defineSegment('QTY', { quantityQualifier: [1, 'text'], quantity: [2, 'decimal'] });
export const MEA = defineSegment('MEA', {
  measurementReferenceIdentificationCode: [1, 'text'],
  measurementQualifier: [2, 'text'],
  measurementValue: [3, 'decimal'],
});
export const PS1 = defineSegment('PS1', {
  purchasedServiceProviderIdentifier: [1, 'text'],
  purchasedServiceChargeAmount: [2, 'amount'],
});
export const LIN = defineSegment('LIN', { productServiceIdQualifier: [2, 'text'], nationalDrugCode: [3, 'text'] });
export const CTP = defineSegment('CTP', {
  nationalDrugUnitCount: [4, 'decimal'],
  compositeUnitOfMeasure: [5, ['unitOrBasisForMeasurementCode']],
});
export const SVD = defineSegment('SVD', {
  otherPayerPrimaryIdentifier: [1, 'text'],
  serviceLinePaidAmount: [2, 'amount'],
  compositeMedicalProcedureIdentifier: [3, PROCEDURE],
  serviceLineRevenueCode: [4, 'text'],
  paidServiceUnitCount: [5, 'decimal'],
  bundledOrUnbundledLineNumber: [6, 'decimal'],
});
export const LQ = defineSegment('LQ', { codeListQualifierCode: [1, 'text'], formIdentifier: [2, 'text'] });
export const FRM = defineSegment('FRM', {
  questionNumberOrLetter: [1, 'text'],
  questionResponseIndicator: [2, 'text'],
  questionResponse: [3, 'text'],
  questionResponseDate: [4, 'text'],
  questionResponsePercent: [5, 'decimal'],
});

export type BHTSegment = SegmentValue<typeof BHT.fields>;
export type NM1Segment = NonNullable<(typeof NM1)['_value']>;
export type PERSegment = NonNullable<(typeof PER)['_value']>;
export type N3Segment = NonNullable<(typeof N3)['_value']>;
export type N4Segment = NonNullable<(typeof N4)['_value']>;
export type REFSegment = NonNullable<(typeof REF)['_value']>;
export type PRVSegment = NonNullable<(typeof PRV)['_value']>;
export type CURSegment = NonNullable<(typeof CUR)['_value']>;
export type DMGSegment = NonNullable<(typeof DMG)['_value']>;
export type SBRSegment = NonNullable<(typeof SBR)['_value']>;
export type PATSegment = NonNullable<(typeof PAT)['_value']>;
export type CLMSegment = NonNullable<(typeof CLM)['_value']>;
export type DTPSegment = NonNullable<(typeof DTP)['_value']>;
export type PWKSegment = NonNullable<(typeof PWK)['_value']>;
export type CN1Segment = NonNullable<(typeof CN1)['_value']>;
export type AMTSegment = NonNullable<(typeof AMT)['_value']>;
export type K3Segment = NonNullable<(typeof K3)['_value']>;
export type NTESegment = NonNullable<(typeof NTE)['_value']>;
export type CR1Segment = NonNullable<(typeof CR1)['_value']>;
export type CR2Segment = NonNullable<(typeof CR2)['_value']>;
export type CR3Segment = NonNullable<(typeof CR3)['_value']>;
export type CRCSegment = CrcValue;
export type HISegment = HiValue;
export type HCPSegment = NonNullable<(typeof HCP)['_value']>;
export type CL1Segment = NonNullable<(typeof CL1)['_value']>;
export type CASSegment = CasValue;
export type OISegment = NonNullable<(typeof OI)['_value']>;
export type MOASegment = NonNullable<(typeof MOA)['_value']>;
export type MIASegment = NonNullable<(typeof MIA)['_value']>;
export type LXSegment = NonNullable<(typeof LX)['_value']>;
export type SV1Segment = NonNullable<(typeof SV1)['_value']>;
export type SV2Segment = NonNullable<(typeof SV2)['_value']>;
export type SV5Segment = NonNullable<(typeof SV5)['_value']>;
export type QTYSegment = NonNullable<(typeof QTY)['_value']>;
export type MEASegment = NonNullable<(typeof MEA)['_value']>;
export type PS1Segment = NonNullable<(typeof PS1)['_value']>;
export type LINSegment = NonNullable<(typeof LIN)['_value']>;
export type CTPSegment = NonNullable<(typeof CTP)['_value']>;
export type SVDSegment = NonNullable<(typeof SVD)['_value']>;
export type LQSegment = NonNullable<(typeof LQ)['_value']>;
export type FRMSegment = NonNullable<(typeof FRM)['_value']>;
export type ProcedureComposite = NonNullable<SV1Segment['compositeMedicalProcedureIdentifier']>;
