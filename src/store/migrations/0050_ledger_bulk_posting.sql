-- Posting an 835 of 100,000 claims writes over a million ledger transactions and two million entries.
-- Row-by-row checks made that slow: a foreign-key check per reference per row (seven per entry) and a
-- balance check per entry at commit. The same guarantees now hold per INSERT statement, set-based,
-- over the rows it added (a transition table), and are stricter: a reference must also belong to the
-- row's own tenant, which a foreign key never checked.

-- Balance: every statement must balance each transaction it adds entries to. Entries are append-only,
-- so every transaction balances at all times (OpenRCM writes all legs of a transaction in one statement).
DROP TRIGGER ledger_entries_balanced ON ledger_entries;
DROP FUNCTION openrcm_check_balanced();

CREATE FUNCTION openrcm_check_ledger_entries() RETURNS trigger LANGUAGE plpgsql AS $$
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
      SELECT 'transaction ' || x.id AS ref FROM (SELECT DISTINCT tenant_id, transaction_id AS id FROM added_entries) x
        WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = x.id AND t.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      SELECT 'account ' || x.id FROM (SELECT DISTINCT tenant_id, account_id AS id FROM added_entries) x
        WHERE NOT EXISTS (SELECT 1 FROM ledger_accounts a WHERE a.id = x.id AND a.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      SELECT 'claim ' || x.id FROM (SELECT DISTINCT tenant_id, claim_id AS id FROM added_entries WHERE claim_id IS NOT NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = x.id AND c.tenant_id = x.tenant_id OFFSET 0)
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

CREATE TRIGGER ledger_entries_checked AFTER INSERT ON ledger_entries
  REFERENCING NEW TABLE AS added_entries FOR EACH STATEMENT EXECUTE FUNCTION openrcm_check_ledger_entries();

ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_tenant_id_fkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_transaction_id_fkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_account_id_fkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_claim_line_id_fkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_claim_id_fkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_patient_id_fkey;
ALTER TABLE ledger_entries DROP CONSTRAINT ledger_entries_payer_id_fkey;
-- No query reads entries by these: patient balances go through the patient's receivable account, line
-- balances through the line's, and payer balances read every entry of the tenant anyway.
DROP INDEX ledger_entries_patient;
DROP INDEX ledger_entries_payer;
DROP INDEX ledger_entries_claim_line;

CREATE FUNCTION openrcm_check_ledger_transactions() RETURNS trigger LANGUAGE plpgsql AS $$
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
    ) r LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction refers to % that is not in its practice', bad.ref USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER ledger_transactions_checked AFTER INSERT ON ledger_transactions
  REFERENCING NEW TABLE AS added_transactions FOR EACH STATEMENT EXECUTE FUNCTION openrcm_check_ledger_transactions();

ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_tenant_id_fkey;
ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_claim_id_fkey;
ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_reverses_transaction_id_fkey;

-- Planning reads a payment's earlier postings by exact key now (ledger unappliedKeys), not by prefix.
DROP INDEX ledger_transactions_key_prefix;

-- What the foreign keys also did: refuse to delete what the ledger names. (The ledger tables themselves
-- are append-only.) Rare, so checked row by row.
CREATE FUNCTION openrcm_refuse_delete_in_ledger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_TABLE_NAME = 'claims' AND EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.tenant_id = OLD.tenant_id AND t.claim_id = OLD.id))
    OR (TG_TABLE_NAME IN ('claims', 'claim_lines', 'patients', 'payers') AND EXISTS (
      SELECT 1 FROM ledger_accounts a WHERE a.tenant_id = OLD.tenant_id AND coalesce(a.reference_id, '00000000-0000-0000-0000-000000000000'::uuid) = OLD.id))
    OR (TG_TABLE_NAME = 'ledger_accounts' AND EXISTS (SELECT 1 FROM ledger_entries e WHERE e.account_id = OLD.id))
    OR (TG_TABLE_NAME = 'tenants' AND EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.tenant_id = OLD.id))
  THEN
    RAISE EXCEPTION '% % has ledger postings and cannot be deleted', TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER claims_in_ledger BEFORE DELETE ON claims FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_ledger();
CREATE TRIGGER claim_lines_in_ledger BEFORE DELETE ON claim_lines FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_ledger();
CREATE TRIGGER patients_in_ledger BEFORE DELETE ON patients FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_ledger();
CREATE TRIGGER payers_in_ledger BEFORE DELETE ON payers FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_ledger();
CREATE TRIGGER ledger_accounts_in_ledger BEFORE DELETE ON ledger_accounts FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_ledger();
CREATE TRIGGER tenants_in_ledger BEFORE DELETE ON tenants FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_ledger();
