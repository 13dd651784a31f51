// Builds the 835 claim payment loop (CLP, CAS at the service level, SVC, AMT*B6) from line outcomes.
import type { Claim, ClaimLine } from '../claims/index';
import type { Cents } from '../money/index';
import type { x835 } from '../x12/index';

export interface LineAdjustment {
  group: string;
  carc: string;
  amount: Cents;
}

export interface LineOutcome {
  line: ClaimLine;
  allowed: Cents;
  paid: Cents;
  adjustments: LineAdjustment[];
}

function casGroups(adjustments: readonly LineAdjustment[]): x835.ClaimAdjustment[] {
  const groups = new Map<string, x835.AdjustmentReason[]>();
  for (const a of adjustments) groups.set(a.group, [...(groups.get(a.group) ?? []), { carcCode: a.carc, amount: a.amount }]);
  return [...groups].map(([groupCode, reasons]) => ({ groupCode, reasons }));
}

function service(o: LineOutcome): x835.Loop2110 {
  const { line } = o;
  return {
    procedure: { qualifier: 'HC', code: line.procedureCode, modifiers: [...line.modifiers] },
    lineItemChargeAmount: line.charge,
    lineItemProviderPaymentAmount: o.paid,
    unitsOfServicePaidCount: String(line.units),
    serviceDates: [{ qualifier: '472', date: line.serviceDate }],
    adjustments: casGroups(o.adjustments),
    references: [{ qualifier: '6R', value: line.lineItemControlNumber }],
    amounts: o.allowed > 0 ? [{ qualifier: 'B6', amount: o.allowed }] : [],
    quantities: [],
    remarks: o.adjustments.some((a) => a.carc === '197') ? [{ qualifier: 'HE', code: 'N54' }] : [],
  };
}

const CLP06 = new Set(['12', '13', '14', '15', '16', '17', 'AM', 'CH', 'DS', 'HM', 'LM', 'MA', 'MB', 'MC', 'OF', 'TV', 'VA', 'WC', 'ZZ']);

/** CLP06 has no commercial (CI) or Blue Cross (BL) code: those plans report as PPO (12). */
function clp06(sbr09: string): string {
  return CLP06.has(sbr09) ? sbr09 : sbr09 === 'CI' || sbr09 === 'BL' ? '12' : 'ZZ';
}

export function claimPayment(claim: Claim, lines: readonly LineOutcome[], payerClaimControlNumber: string, status: string): x835.Loop2100 {
  const paid = lines.reduce((s, l) => s + l.paid, 0) as Cents;
  const patient = lines.flatMap((l) => l.adjustments).filter((a) => a.group === 'PR').reduce((s, a) => s + a.amount, 0) as Cents;
  const person = claim.patient ?? claim.subscriber;
  return {
    patientControlNumber: claim.patientControlNumber,
    claimStatusCode: status,
    totalClaimChargeAmount: claim.totalCharge,
    claimPaymentAmount: paid,
    patientResponsibilityAmount: patient,
    claimFilingIndicatorCode: clp06(claim.payer.claimFilingIndicator),
    payerClaimControlNumber,
    claimFrequencyCode: claim.frequencyCode,
    adjustments: [],
    patient: { entityIdentifierCode: 'QC', entityTypeQualifier: '1', lastOrOrganizationName: person.lastName, firstName: person.firstName, identificationCodeQualifier: 'MI', identificationCode: claim.subscriber.memberId },
    otherNames: [],
    references: [],
    dates: [{ qualifier: '232', date: claim.statementFrom }],
    contacts: [],
    amounts: [],
    quantities: [],
    services: lines.map(service),
  };
}

const neg = (n: Cents | undefined) => (n === undefined ? undefined : ((n === 0 ? 0 : 0 - n) as Cents));

/** The same claim with every amount negated (a reversal, CLP02 22). */
export function negate(clp: x835.Loop2100): x835.Loop2100 {
  return {
    ...clp,
    totalClaimChargeAmount: neg(clp.totalClaimChargeAmount)!,
    claimPaymentAmount: neg(clp.claimPaymentAmount)!,
    ...(clp.patientResponsibilityAmount !== undefined ? { patientResponsibilityAmount: neg(clp.patientResponsibilityAmount)! } : {}),
    adjustments: clp.adjustments.map((g) => ({ ...g, reasons: g.reasons.map((r) => ({ ...r, amount: neg(r.amount)! })) })),
    services: clp.services.map((s) => ({
      ...s,
      lineItemChargeAmount: neg(s.lineItemChargeAmount)!,
      lineItemProviderPaymentAmount: neg(s.lineItemProviderPaymentAmount)!,
      adjustments: s.adjustments.map((g) => ({ ...g, reasons: g.reasons.map((r) => ({ ...r, amount: neg(r.amount)! })) })),
      amounts: s.amounts.map((a) => ({ ...a, amount: neg(a.amount)! })),
    })),
  };
}
