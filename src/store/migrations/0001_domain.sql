-- OpenRCM domain model. Money is integer cents (bigint); dates of service are `date`.
-- Every table that holds patient data carries tenant_id.

CREATE TABLE tenants (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  -- a practice bills for itself; a billing company's client is a practice served by a billing company
  kind text NOT NULL CHECK (kind IN ('practice', 'billing_client')),
  billing_company text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  username text NOT NULL,
  display_name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, username)
);

CREATE TABLE user_roles (
  user_id uuid NOT NULL REFERENCES users(id),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  role text NOT NULL CHECK (role IN ('coder', 'biller', 'coding_auditor', 'billing_manager', 'admin', 'read_only')),
  PRIMARY KEY (user_id, role)
);

CREATE TABLE providers (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  entity_type text NOT NULL CHECK (entity_type IN ('person', 'organization')),
  npi char(10) NOT NULL,
  last_name_or_org text NOT NULL,
  first_name text,
  middle_name text,
  credential text,
  taxonomy_code text,
  tax_id text,
  tax_id_type text CHECK (tax_id_type IN ('EI', 'SY')),
  address_line1 text,
  address_line2 text,
  city text,
  state char(2),
  postal_code text,
  phone text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, npi)
);

CREATE TABLE service_facilities (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  npi char(10),
  place_of_service char(2) NOT NULL,
  address_line1 text NOT NULL,
  address_line2 text,
  city text NOT NULL,
  state char(2) NOT NULL,
  postal_code text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payers (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  -- medicare, medicaid, commercial, self_pay, workers_comp, tricare, other
  category text NOT NULL,
  payer_id text,
  claim_filing_indicator text NOT NULL,
  timely_filing_days integer NOT NULL CHECK (timely_filing_days > 0),
  appeal_days integer NOT NULL DEFAULT 120,
  allows_multiple_encounters_per_claim boolean NOT NULL DEFAULT false,
  address_line1 text,
  city text,
  state char(2),
  postal_code text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

CREATE TABLE patients (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  account_number text NOT NULL,
  last_name text NOT NULL,
  first_name text NOT NULL,
  middle_name text,
  birth_date date NOT NULL,
  sex char(1) NOT NULL CHECK (sex IN ('M', 'F', 'U')),
  address_line1 text NOT NULL,
  address_line2 text,
  city text NOT NULL,
  state char(2) NOT NULL,
  postal_code text NOT NULL,
  phone text,
  email text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, account_number)
);
CREATE INDEX patients_name ON patients (tenant_id, last_name, first_name);

CREATE TABLE coverages (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  payer_id uuid NOT NULL REFERENCES payers(id),
  priority smallint NOT NULL CHECK (priority IN (1, 2, 3)),
  member_id text NOT NULL,
  group_number text,
  plan_name text,
  relationship text NOT NULL,
  subscriber_last_name text NOT NULL,
  subscriber_first_name text NOT NULL,
  subscriber_birth_date date NOT NULL,
  subscriber_sex char(1) NOT NULL CHECK (subscriber_sex IN ('M', 'F', 'U')),
  subscriber_address_line1 text NOT NULL,
  subscriber_city text NOT NULL,
  subscriber_state char(2) NOT NULL,
  subscriber_postal_code text NOT NULL,
  copay_cents bigint,
  effective_from date NOT NULL,
  effective_to date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX coverages_patient ON coverages (tenant_id, patient_id, priority);

CREATE TABLE encounters (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  date_of_service date NOT NULL,
  discharge_date date,
  setting text NOT NULL CHECK (setting IN ('outpatient', 'inpatient')),
  place_of_service char(2) NOT NULL,
  rendering_provider_id uuid REFERENCES providers(id),
  billing_provider_id uuid NOT NULL REFERENCES providers(id),
  referring_provider_id uuid REFERENCES providers(id),
  supervising_provider_id uuid REFERENCES providers(id),
  service_facility_id uuid REFERENCES service_facilities(id),
  prior_authorization text,
  referral_number text,
  -- new: documented, not coded; coding: in a coder's hands; coded: ready to bill; billed; on_hold
  status text NOT NULL CHECK (status IN ('new', 'coding', 'query', 'coded', 'billed', 'on_hold')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX encounters_status ON encounters (tenant_id, status, date_of_service);
CREATE INDEX encounters_patient ON encounters (tenant_id, patient_id, date_of_service);

CREATE TABLE clinical_documents (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  kind text NOT NULL,
  author_provider_id uuid REFERENCES providers(id),
  document_date date NOT NULL,
  text text NOT NULL,
  -- for synthetic notes: the codes the note was generated to express, for evaluation
  gold_codes jsonb,
  scenario text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clinical_documents_encounter ON clinical_documents (tenant_id, encounter_id);

-- How a code came to be: suggested by the engine, accepted as suggested, edited by a coder, entered by hand.
CREATE TABLE encounter_diagnoses (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  sequence smallint NOT NULL CHECK (sequence >= 1),
  code_system text NOT NULL DEFAULT 'ICD10CM',
  code text NOT NULL,
  present_on_admission char(1),
  origin text NOT NULL CHECK (origin IN ('suggested', 'accepted', 'edited', 'manual', 'rejected')),
  confidence real,
  evidence jsonb,
  coded_by uuid REFERENCES users(id),
  coded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX encounter_diagnoses_encounter ON encounter_diagnoses (tenant_id, encounter_id, sequence);

CREATE TABLE encounter_procedures (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  sequence smallint NOT NULL CHECK (sequence >= 1),
  code_system text NOT NULL CHECK (code_system IN ('CPT', 'HCPCS', 'ICD10PCS')),
  code text NOT NULL,
  modifiers text[] NOT NULL DEFAULT '{}',
  units integer NOT NULL DEFAULT 1 CHECK (units > 0),
  unit_measure text NOT NULL DEFAULT 'UN',
  diagnosis_pointers smallint[] NOT NULL DEFAULT '{}',
  service_date date,
  origin text NOT NULL CHECK (origin IN ('suggested', 'accepted', 'edited', 'manual', 'rejected')),
  confidence real,
  evidence jsonb,
  coded_by uuid REFERENCES users(id),
  coded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX encounter_procedures_encounter ON encounter_procedures (tenant_id, encounter_id, sequence);

CREATE TABLE fee_schedules (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  name text NOT NULL,
  -- null: the practice's standard charges; otherwise a payer's contracted (expected) amounts
  payer_id uuid REFERENCES payers(id),
  effective_from date NOT NULL,
  effective_to date,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE fee_schedule_items (
  fee_schedule_id uuid NOT NULL REFERENCES fee_schedules(id),
  code_system text NOT NULL,
  code text NOT NULL,
  modifier text NOT NULL DEFAULT '',
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  PRIMARY KEY (fee_schedule_id, code_system, code, modifier)
);

CREATE TABLE charges (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  procedure_id uuid NOT NULL REFERENCES encounter_procedures(id),
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE claims (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  kind text NOT NULL CHECK (kind IN ('professional', 'institutional')),
  patient_id uuid NOT NULL REFERENCES patients(id),
  patient_control_number varchar(20) NOT NULL,
  payer_id uuid REFERENCES payers(id),
  coverage_id uuid REFERENCES coverages(id),
  payer_sequence char(1) NOT NULL CHECK (payer_sequence IN ('P', 'S', 'T')),
  frequency_code char(1) NOT NULL CHECK (frequency_code IN ('1', '7', '8')),
  payer_claim_control_number text,
  original_claim_id uuid REFERENCES claims(id),
  status text NOT NULL,
  total_charge_cents bigint NOT NULL CHECK (total_charge_cents >= 0),
  statement_from date NOT NULL,
  statement_to date NOT NULL,
  place_of_service char(2),
  billing_provider_id uuid REFERENCES providers(id),
  rendering_provider_id uuid REFERENCES providers(id),
  referring_provider_id uuid REFERENCES providers(id),
  supervising_provider_id uuid REFERENCES providers(id),
  service_facility_id uuid REFERENCES service_facilities(id),
  prior_authorization text,
  referral_number text,
  -- the whole Claim as built (src/claims), so what was sent can always be reproduced
  document jsonb NOT NULL,
  submission_batch_id uuid,
  submitted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, patient_control_number)
);
CREATE INDEX claims_status ON claims (tenant_id, status);

CREATE TABLE claim_encounters (
  claim_id uuid NOT NULL REFERENCES claims(id),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  PRIMARY KEY (claim_id, encounter_id)
);

CREATE TABLE claim_lines (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  claim_id uuid NOT NULL REFERENCES claims(id),
  line_number smallint NOT NULL CHECK (line_number BETWEEN 1 AND 999),
  line_item_control_number text NOT NULL,
  encounter_procedure_id uuid REFERENCES encounter_procedures(id),
  code_system text NOT NULL,
  procedure_code text NOT NULL,
  modifiers text[] NOT NULL DEFAULT '{}',
  revenue_code text,
  units integer NOT NULL CHECK (units > 0),
  charge_cents bigint NOT NULL CHECK (charge_cents >= 0),
  service_date date NOT NULL,
  diagnosis_pointers smallint[] NOT NULL DEFAULT '{}',
  UNIQUE (claim_id, line_number)
);

CREATE TABLE claim_status_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  claim_id uuid NOT NULL REFERENCES claims(id),
  from_status text,
  to_status text NOT NULL,
  -- who or what moved it: a user, an edit run, a 999/277CA/835
  source text NOT NULL,
  reason text,
  actor_user_id uuid REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_status_history_claim ON claim_status_history (claim_id, id);

CREATE TABLE claim_findings (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  claim_id uuid NOT NULL REFERENCES claims(id),
  edit_id text NOT NULL,
  severity text NOT NULL CHECK (severity IN ('error', 'warning')),
  path text NOT NULL,
  message text NOT NULL,
  suggested_fix text,
  at timestamptz NOT NULL DEFAULT now()
);

-- The ledger: append-only, double entry, integer cents. Debits are positive, credits negative;
-- the entries of one transaction sum to zero (checked by a deferred constraint trigger).
CREATE TABLE ledger_accounts (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  kind text NOT NULL CHECK (kind IN (
    'receivable_payer', 'receivable_patient', 'receivable_claim_line', 'revenue', 'contractual_adjustment',
    'write_off', 'cash', 'unapplied', 'refund', 'interest', 'provider_adjustment')),
  reference_type text,
  reference_id uuid,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ledger_accounts_reference ON ledger_accounts (tenant_id, kind, coalesce(reference_id, '00000000-0000-0000-0000-000000000000'::uuid));

CREATE TABLE ledger_transactions (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  idempotency_key text NOT NULL,
  kind text NOT NULL CHECK (kind IN (
    'charge', 'payer_payment', 'adjustment', 'patient_responsibility', 'patient_payment', 'refund', 'reversal',
    'write_off', 'provider_adjustment')),
  effective_date date NOT NULL,
  reverses_transaction_id uuid REFERENCES ledger_transactions(id),
  remittance_id uuid,
  claim_id uuid REFERENCES claims(id),
  memo text,
  posted_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, idempotency_key)
);

CREATE TABLE ledger_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  transaction_id uuid NOT NULL REFERENCES ledger_transactions(id),
  account_id uuid NOT NULL REFERENCES ledger_accounts(id),
  amount_cents bigint NOT NULL CHECK (amount_cents <> 0),
  claim_line_id uuid REFERENCES claim_lines(id)
);
CREATE INDEX ledger_entries_account ON ledger_entries (account_id);
CREATE INDEX ledger_entries_transaction ON ledger_entries (transaction_id);

CREATE TABLE remittances (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  payer_id uuid REFERENCES payers(id),
  -- TRN02 check or EFT trace number and TRN03 payer identifier, for bank reconciliation and de-duplication
  trace_number text NOT NULL,
  payer_identifier text NOT NULL,
  payment_method text,
  payment_amount_cents bigint NOT NULL,
  payment_date date,
  file_name text,
  file_sha256 text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, payer_identifier, trace_number)
);

CREATE TABLE remittance_claims (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  remittance_id uuid NOT NULL REFERENCES remittances(id),
  claim_id uuid REFERENCES claims(id),
  patient_control_number text NOT NULL,
  claim_status_code text NOT NULL,
  charge_cents bigint NOT NULL,
  paid_cents bigint NOT NULL,
  patient_responsibility_cents bigint,
  payer_claim_control_number text,
  -- the CLP with its CAS, SVC and RARC detail as parsed
  detail jsonb NOT NULL,
  unapplied_reason text
);

CREATE TABLE work_items (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  queue text NOT NULL CHECK (queue IN ('coder', 'biller', 'coding_auditor', 'billing_manager')),
  kind text NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'in_progress', 'waiting', 'done', 'cancelled')),
  priority smallint NOT NULL DEFAULT 3,
  root_cause text,
  recommended_action text,
  claim_id uuid REFERENCES claims(id),
  encounter_id uuid REFERENCES encounters(id),
  patient_id uuid REFERENCES patients(id),
  assigned_to uuid REFERENCES users(id),
  due_date date,
  detail jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz
);
CREATE INDEX work_items_queue ON work_items (tenant_id, queue, status, due_date);

CREATE TABLE provider_queries (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  encounter_id uuid NOT NULL REFERENCES encounters(id),
  provider_id uuid REFERENCES providers(id),
  raised_by uuid REFERENCES users(id),
  -- e.g. diabetes_type, laterality, acuity, encounter_type
  gap text NOT NULL,
  question text NOT NULL,
  options jsonb,
  status text NOT NULL CHECK (status IN ('open', 'answered', 'withdrawn')),
  answer text,
  answered_by uuid REFERENCES users(id),
  answered_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE submission_batches (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  payer_id uuid REFERENCES payers(id),
  interchange_control_number integer NOT NULL,
  transport text NOT NULL,
  file_name text NOT NULL,
  claim_count integer NOT NULL,
  status text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);

-- X12 control numbers (ISA13, GS06, ST02) per sender: handed out once, never reused.
CREATE TABLE x12_control_numbers (
  scope text PRIMARY KEY,
  last_value bigint NOT NULL
);

CREATE TABLE eligibility_checks (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  patient_id uuid NOT NULL REFERENCES patients(id),
  coverage_id uuid REFERENCES coverages(id),
  encounter_id uuid REFERENCES encounters(id),
  date_of_service date NOT NULL,
  status text NOT NULL,
  result jsonb NOT NULL,
  checked_at timestamptz NOT NULL DEFAULT now()
);

-- Append-only record of every read and change of patient data.
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id uuid,
  actor_user_id uuid,
  actor_role text NOT NULL,
  action text NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'export')),
  entity text NOT NULL,
  entity_id text,
  patient_id uuid,
  detail jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_patient ON audit_log (tenant_id, patient_id, at);

CREATE FUNCTION openrcm_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION openrcm_forbid_change();
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION openrcm_forbid_change();
CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON ledger_transactions
  FOR EACH ROW EXECUTE FUNCTION openrcm_forbid_change();
CREATE TRIGGER claim_status_history_append_only BEFORE UPDATE OR DELETE ON claim_status_history
  FOR EACH ROW EXECUTE FUNCTION openrcm_forbid_change();

-- A transaction's entries must balance to the cent when the database transaction commits.
CREATE FUNCTION openrcm_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  total bigint;
BEGIN
  SELECT coalesce(sum(amount_cents), 0) INTO total FROM ledger_entries WHERE transaction_id = NEW.transaction_id;
  IF total <> 0 THEN
    RAISE EXCEPTION 'ledger transaction % does not balance: entries sum to % cents', NEW.transaction_id, total
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION openrcm_check_balanced();
