// The claim lifecycle as an explicit state machine. Every transition is checked here and recorded in
// claim_status_history by the store; anything not listed is refused.

export const CLAIM_STATUSES = [
  'draft', 'ready', 'held', 'submitted', 'accepted', 'rejected', 'paid', 'partially_paid', 'denied', 'appealed',
  'corrected', 'voided', 'closed',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * - draft → ready (passed the edits) or held (an edit failed); held → ready once fixed.
 * - ready → submitted (in an 837 batch); submitted → accepted / rejected (999, 277CA).
 * - rejected → ready (fixed and resubmitted as an original: the payer never took it in) or held.
 * - accepted → paid / partially_paid / denied (835); a payer may also deny up front.
 * - denied or partially paid → appealed, corrected (a frequency-7 replacement takes over), voided (frequency 8), closed.
 * - paid → corrected / voided when a mistake is found after payment, or closed.
 * - appealed → paid / partially_paid / denied (the appeal's outcome) or closed.
 */
const TRANSITIONS: Record<ClaimStatus, readonly ClaimStatus[]> = {
  draft: ['ready', 'held'],
  held: ['ready', 'held', 'voided'],
  ready: ['submitted', 'held'],
  submitted: ['accepted', 'rejected', 'paid', 'partially_paid', 'denied'],
  rejected: ['ready', 'held', 'voided'],
  accepted: ['paid', 'partially_paid', 'denied'],
  paid: ['corrected', 'voided', 'closed', 'paid', 'partially_paid', 'denied'],
  partially_paid: ['appealed', 'corrected', 'voided', 'closed', 'paid', 'partially_paid', 'denied'],
  denied: ['appealed', 'corrected', 'voided', 'closed', 'paid', 'partially_paid', 'denied'],
  appealed: ['paid', 'partially_paid', 'denied', 'closed'],
  corrected: ['closed'],
  voided: ['closed'],
  closed: [],
};

export type TransitionCheck = { ok: true } | { ok: false; code: 'claim.illegal_transition'; message: string };

export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function checkTransition(from: ClaimStatus, to: ClaimStatus): TransitionCheck {
  if (canTransition(from, to)) return { ok: true };
  const allowed = TRANSITIONS[from];
  return {
    ok: false,
    code: 'claim.illegal_transition',
    message: `a claim that is ${from} cannot become ${to}${allowed.length ? ` (it can become: ${allowed.join(', ')})` : ' (it is closed)'}`,
  };
}

export function nextStatuses(from: ClaimStatus): readonly ClaimStatus[] {
  return TRANSITIONS[from];
}
