-- A patient statement as sent: one per patient per statement date, so a run repeated on the same day sends
-- nothing twice. It keeps the statement as printed (its claims, amounts, aging and notice), because what the
-- patient was told stays true after later payments change the balances; the next statement's notice level
-- and the billing cycle are read from the last one sent.
CREATE TABLE patient_statements (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  statement_date date NOT NULL,
  due_date date NOT NULL,
  notice smallint NOT NULL CHECK (notice >= 1),
  amount_due_cents bigint NOT NULL CHECK (amount_due_cents > 0),
  document jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, patient_id, statement_date)
);
