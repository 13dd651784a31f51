-- Ledger dimensions and posting provenance (src/ledger). Every entry carries the claim, patient and
-- payer it concerns, so balances per claim, patient and payer are sums over one table; a transaction
-- keeps where it came from (835 payer + TRN02, CLP identity, CAS group/reason) so a later reversal
-- (CLP02 22) can find what it cancels, and the key of the transaction it reverses.
ALTER TABLE ledger_entries ADD COLUMN claim_id uuid REFERENCES claims(id);
ALTER TABLE ledger_entries ADD COLUMN patient_id uuid REFERENCES patients(id);
ALTER TABLE ledger_entries ADD COLUMN payer_id uuid REFERENCES payers(id);
CREATE INDEX ledger_entries_claim ON ledger_entries (tenant_id, claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX ledger_entries_patient ON ledger_entries (tenant_id, patient_id) WHERE patient_id IS NOT NULL;
CREATE INDEX ledger_entries_payer ON ledger_entries (tenant_id, payer_id) WHERE payer_id IS NOT NULL;
CREATE INDEX ledger_entries_claim_line ON ledger_entries (claim_line_id) WHERE claim_line_id IS NOT NULL;

ALTER TABLE ledger_transactions ADD COLUMN reverses_key text;
ALTER TABLE ledger_transactions ADD COLUMN source jsonb;
CREATE INDEX ledger_transactions_claim ON ledger_transactions (tenant_id, claim_id) WHERE claim_id IS NOT NULL;

-- Work items made from remitted denials are keyed by the denial they come from, so posting the same
-- 835 again does not open the same item twice (src/denials).
ALTER TABLE work_items ADD COLUMN source_key text;
CREATE UNIQUE INDEX work_items_source_key ON work_items (tenant_id, source_key) WHERE source_key IS NOT NULL;

-- 835 matching looks claims up by CLP01 (payers may change its case) and by CLP07.
CREATE INDEX claims_patient_control_number_upper ON claims (tenant_id, upper(patient_control_number));
CREATE INDEX claims_payer_claim_control_number ON claims (tenant_id, payer_claim_control_number) WHERE payer_claim_control_number IS NOT NULL;

-- A payment's postings share a key prefix (835:{payer}:{TRN02}:); reposting a file looks them up by it.
CREATE INDEX ledger_transactions_key_prefix ON ledger_transactions (tenant_id, idempotency_key text_pattern_ops);
