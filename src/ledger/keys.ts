// Idempotency keys for 835 postings. A payment is named for ever by the payer and its trace number
// (TRN02); inside it, a claim payment by CLP01/CLP07/CLP02 and a service line by REF*6R (else its
// position and code). The same 835 received twice, even in another file, yields the same keys, so
// storing it again changes nothing. Keys are readable on purpose: a biller can tell what they name.
import type { RemittanceClaimPayment, RemittancePayment, ServicePayment } from './remittance';

export function paymentKey(payment: Pick<RemittancePayment, 'payerId' | 'traceNumber'>): string {
  return `835:${payment.payerId}:${payment.traceNumber.trim()}`;
}

/** Identity of each CLP in a payment; repeats of the same identity in one payment are numbered. */
export function claimPaymentIdentities(claims: readonly RemittanceClaimPayment[]): string[] {
  const identities = new ClaimPaymentIdentities();
  return claims.map((clp) => identities.next(clp));
}

/** The same identities, one claim payment at a time, for a payment read as a stream. */
export class ClaimPaymentIdentities {
  private readonly seen = new Map<string, number>();

  next(clp: RemittanceClaimPayment): string {
    const base = `clp:${clp.patientControlNumber.trim()}/${clp.payerClaimControlNumber?.trim() ?? ''}/${clp.claimStatusCode}`;
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
}

/** Identity of each SVC in a claim payment: REF*6R when the payer echoed it, otherwise position and code. */
export function serviceIdentities(lines: readonly ServicePayment[]): string[] {
  const seen = new Map<string, number>();
  return lines.map((svc, i) => {
    const ref = svc.lineItemControlNumber?.trim();
    const base = ref ? `6R=${ref}` : `svc${i + 1}=${svc.procedure.code}:${svc.serviceDate ?? ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** Numbers repeated parts (two CAS lines with the same group and reason) so each keeps its own key. */
export function numberParts(parts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return parts.map((p) => {
    const n = (seen.get(p) ?? 0) + 1;
    seen.set(p, n);
    return n === 1 ? p : `${p}#${n}`;
  });
}

export function reversalKey(originalKey: string, byClaimPaymentKey: string): string {
  return `${byClaimPaymentKey}:reverses[${originalKey}]`;
}

/**
 * The keys under which a payment's CLPs and their service lines may have left cash unapplied (no claim
 * or line matched) and later released it: what planning needs of the payment's own earlier postings.
 */
export function unappliedKeys(payment: Pick<RemittancePayment, 'payerId' | 'traceNumber' | 'claims'>, claimIdentities: readonly string[]): string[] {
  return payment.claims.flatMap((clp, i) => {
    const clpKey = `${paymentKey(payment)}:${claimIdentities[i]!}`;
    return [clpKey, ...serviceIdentities(clp.serviceLines).map((id) => `${clpKey}:${id}`)].flatMap((k) => [`${k}:unapplied`, `${k}:unapplied:released`]);
  });
}
