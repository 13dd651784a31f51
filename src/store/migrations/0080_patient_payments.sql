-- A patient's payment (at the front desk, by card, check or online) is a receipt first: the practice's own
-- reference for it (receipt number, card authorization, check number) names it once per practice, so the
-- same receipt entered twice posts once. Its ledger transactions (one per claim it pays, and any rest left
-- on the patient's account) are keyed by the receipt and listed on it, so that a payment entered in error
-- (or a check returned unpaid) is reversed whole; a reversed receipt keeps its reference.
CREATE TABLE patient_payments (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  reference text NOT NULL CHECK (reference <> ''),
  method text NOT NULL CHECK (method IN ('cash', 'check', 'card', 'eft', 'other')),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  received_on date NOT NULL,
  posted_at timestamptz NOT NULL DEFAULT now(),
  transaction_keys text[] NOT NULL DEFAULT '{}',
  reversed_on date,
  reversal_reason text,
  UNIQUE (tenant_id, reference)
);
CREATE INDEX patient_payments_patient ON patient_payments (tenant_id, patient_id);
