-- An 835 posting writes nine ledger transactions per claim of three lines, and each carried its source
-- (payer, trace, CLP01/CLP07/CLP02, CAS group and reason) as a jsonb document: most of the bytes of the
-- row, parsed and written nine times for what the remittance and its claim payment already hold once.
-- A transaction posted from a stored 835 now names its remittance_claims row (or, for a PLB, only its
-- remittance) and keeps just its own CAS group and reason; `source` stays for postings made otherwise.
ALTER TABLE ledger_transactions ADD COLUMN remittance_claim_id uuid;
ALTER TABLE ledger_transactions ADD COLUMN adjustment_group text;
ALTER TABLE ledger_transactions ADD COLUMN adjustment_reason text;

CREATE OR REPLACE FUNCTION openrcm_check_ledger_transactions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  -- As for entries: each distinct reference once, each probed by its index (OFFSET 0).
  SELECT r.ref INTO bad FROM (
      SELECT 'practice ' || x.id AS ref FROM (SELECT DISTINCT tenant_id AS id FROM added_transactions) x
        WHERE NOT EXISTS (SELECT 1 FROM tenants o WHERE o.id = x.id OFFSET 0)
      UNION ALL
      SELECT 'claim ' || x.id FROM (SELECT DISTINCT tenant_id, claim_id AS id FROM added_transactions WHERE claim_id IS NOT NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = x.id AND c.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      SELECT 'reversed transaction ' || x.id FROM (
          SELECT DISTINCT tenant_id, reverses_transaction_id AS id FROM added_transactions WHERE reverses_transaction_id IS NOT NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions o WHERE o.id = x.id AND o.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      -- the source is read through these: they must be the transaction's own practice's, and agree
      SELECT 'remittance ' || x.id FROM (
          SELECT DISTINCT tenant_id, remittance_id AS id FROM added_transactions WHERE remittance_id IS NOT NULL AND source IS NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM remittances o WHERE o.id = x.id AND o.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      SELECT 'remittance claim ' || x.id FROM (
          SELECT DISTINCT tenant_id, remittance_id, remittance_claim_id AS id FROM added_transactions WHERE remittance_claim_id IS NOT NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM remittance_claims o WHERE o.id = x.id AND o.tenant_id = x.tenant_id AND o.remittance_id IS NOT DISTINCT FROM x.remittance_id OFFSET 0)
    ) r LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction refers to % that is not in its practice', bad.ref USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;

-- What a posting's source is read from stays as the payer sent it: no claim payment is deleted, and
-- neither a claim payment's identity (remittance, CLP01, CLP02, CLP07) nor a remittance's payer and
-- trace changes. (Matching a claim later may still set remittance_claims.claim_id.)
CREATE FUNCTION openrcm_keep_claim_payment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'remittance claim % is a record of what the payer sent and cannot be deleted', OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF NEW.remittance_id IS DISTINCT FROM OLD.remittance_id OR NEW.patient_control_number IS DISTINCT FROM OLD.patient_control_number
    OR NEW.claim_status_code IS DISTINCT FROM OLD.claim_status_code OR NEW.payer_claim_control_number IS DISTINCT FROM OLD.payer_claim_control_number THEN
    RAISE EXCEPTION 'remittance claim %: what the payer sent (remittance, CLP01, CLP02, CLP07) cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION openrcm_keep_remittance_identity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A payment with a PLB and no claim payment has no remittance_claims row to keep it (0060): its postings do.
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.tenant_id = OLD.tenant_id AND t.remittance_id = OLD.id) THEN
      RAISE EXCEPTION 'remittance % has ledger postings and cannot be deleted', OLD.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF NEW.payer_id IS DISTINCT FROM OLD.payer_id OR NEW.trace_number IS DISTINCT FROM OLD.trace_number THEN
    RAISE EXCEPTION 'remittance %: its payer and trace number cannot be changed', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER remittance_claims_kept BEFORE UPDATE OR DELETE ON remittance_claims FOR EACH ROW EXECUTE FUNCTION openrcm_keep_claim_payment();
CREATE TRIGGER remittances_kept BEFORE UPDATE OR DELETE ON remittances FOR EACH ROW EXECUTE FUNCTION openrcm_keep_remittance_identity();

-- An entry is found by its transaction (legs of a posting, a reversal's original): a key on
-- (transaction_id, id) serves that and identity both, one index fewer to write per entry than a key on
-- id beside an index on transaction_id.
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_pkey;
DROP INDEX ledger_entries_transaction;
ALTER TABLE ledger_entries ADD PRIMARY KEY (transaction_id, id);

-- A claim's entries are read through its transactions (ledger_transactions_claim, then the key above):
-- every entry carries its transaction's claim, which the check below now holds, so an index of entries
-- by claim is one more index to write per entry for nothing.
-- A ledger that broke that rule (OpenRCM's own postings never did) is refused here rather than read short.
DO $$
DECLARE
  bad record;
BEGIN
  SELECT e.transaction_id, e.claim_id INTO bad FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
  WHERE t.claim_id IS DISTINCT FROM e.claim_id LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % has an entry for claim %, not its own: fix it before upgrading', bad.transaction_id, coalesce(bad.claim_id::text, '(none)');
  END IF;
END $$;
DROP INDEX ledger_entries_claim;

CREATE OR REPLACE FUNCTION openrcm_check_ledger_entries() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT transaction_id, sum(amount_cents) AS total INTO bad
  FROM added_entries GROUP BY transaction_id HAVING sum(amount_cents) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % does not balance: entries sum to % cents', bad.transaction_id, bad.total
      USING ERRCODE = 'check_violation';
  END IF;
  -- Each distinct reference once (90,000 entries of 5,000 claims name 5,000 claims and 15,000 lines), each
  -- probed by its index: OFFSET 0 keeps the NOT EXISTS a per-row lookup, where a join could read the whole
  -- table per statement (millions of rows) once it is large.
  SELECT r.ref INTO bad FROM (
      -- the transaction, of the same practice and for the same claim: a claim's entries are read through its
      -- transactions, and the transaction's claim was checked to be the practice's when it was written
      SELECT 'transaction ' || x.id || coalesce(' for claim ' || x.claim_id, ' for no claim') AS ref FROM (SELECT DISTINCT tenant_id, transaction_id AS id, claim_id FROM added_entries) x
        WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = x.id AND t.tenant_id = x.tenant_id AND t.claim_id IS NOT DISTINCT FROM x.claim_id OFFSET 0)
      UNION ALL
      SELECT 'account ' || x.id FROM (SELECT DISTINCT tenant_id, account_id AS id FROM added_entries) x
        WHERE NOT EXISTS (SELECT 1 FROM ledger_accounts a WHERE a.id = x.id AND a.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      SELECT 'claim line ' || x.id FROM (SELECT DISTINCT tenant_id, claim_line_id AS id FROM added_entries WHERE claim_line_id IS NOT NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM claim_lines l WHERE l.id = x.id AND l.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      SELECT 'patient ' || x.id FROM (SELECT DISTINCT tenant_id, patient_id AS id FROM added_entries WHERE patient_id IS NOT NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM patients p WHERE p.id = x.id AND p.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      SELECT 'payer ' || x.id FROM (SELECT DISTINCT tenant_id, payer_id AS id FROM added_entries WHERE payer_id IS NOT NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM payers p WHERE p.id = x.id AND p.tenant_id = x.tenant_id OFFSET 0)
    ) r LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger entry refers to % that is not in its practice', bad.ref USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;
