-- A payment plan: the patient pays the balance they owed when it was agreed in monthly installments. Its
-- standing (current, past due, defaulted, paid off) is not stored: it is read from the schedule and the
-- patient's payments since the plan was agreed. A plan ends only when the practice ends it (cancelled, or
-- replaced by a new plan once paid off or in default), so a patient has at most one open plan.
CREATE TABLE payment_plans (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  total_cents bigint NOT NULL CHECK (total_cents > 0),
  installment_cents bigint NOT NULL CHECK (installment_cents > 0 AND installment_cents < total_cents),
  first_due_on date NOT NULL,
  agreed_on date NOT NULL CHECK (agreed_on <= first_due_on),
  ended_on date,
  end_reason text CHECK (end_reason IN ('cancelled', 'paid', 'defaulted')),
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((ended_on IS NULL) = (end_reason IS NULL))
);
CREATE UNIQUE INDEX payment_plans_one_open ON payment_plans (tenant_id, patient_id) WHERE ended_on IS NULL;
