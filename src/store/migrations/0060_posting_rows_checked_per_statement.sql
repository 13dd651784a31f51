-- An 835 of 100,000 claims writes 100,000 remittance_claims rows and as many claim status history rows.
-- Their row-by-row foreign keys cost a probe per reference per row; as for the ledger (0050), the same
-- guarantees now hold per statement, over the rows it added, each distinct reference probed once by its
-- index, and stricter: a claim or remittance must belong to the row's own practice.

CREATE FUNCTION openrcm_check_remittance_claims() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT r.ref INTO bad FROM (
      SELECT 'practice ' || x.id AS ref FROM (SELECT DISTINCT tenant_id AS id FROM added_rows) x
        WHERE NOT EXISTS (SELECT 1 FROM tenants o WHERE o.id = x.id OFFSET 0)
      UNION ALL
      SELECT 'remittance ' || x.id FROM (SELECT DISTINCT tenant_id, remittance_id AS id FROM added_rows) x
        WHERE NOT EXISTS (SELECT 1 FROM remittances o WHERE o.id = x.id AND o.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      SELECT 'claim ' || x.id FROM (SELECT DISTINCT tenant_id, claim_id AS id FROM added_rows WHERE claim_id IS NOT NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = x.id AND c.tenant_id = x.tenant_id OFFSET 0)
    ) r LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'remittance claim refers to % that is not in its practice', bad.ref USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;

-- A trigger with transition tables serves one event: one for INSERT, one for UPDATE.
CREATE TRIGGER remittance_claims_checked AFTER INSERT ON remittance_claims
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION openrcm_check_remittance_claims();
CREATE TRIGGER remittance_claims_checked_on_update AFTER UPDATE ON remittance_claims
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION openrcm_check_remittance_claims();

ALTER TABLE remittance_claims DROP CONSTRAINT remittance_claims_tenant_id_fkey;
ALTER TABLE remittance_claims DROP CONSTRAINT remittance_claims_remittance_id_fkey;
ALTER TABLE remittance_claims DROP CONSTRAINT remittance_claims_claim_id_fkey;

-- The history is append-only (claim_status_history_append_only), so rows are only ever inserted.
CREATE FUNCTION openrcm_check_claim_status_history() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT r.ref INTO bad FROM (
      SELECT 'practice ' || x.id AS ref FROM (SELECT DISTINCT tenant_id AS id FROM added_rows) x
        WHERE NOT EXISTS (SELECT 1 FROM tenants o WHERE o.id = x.id OFFSET 0)
      UNION ALL
      SELECT 'claim ' || x.id FROM (SELECT DISTINCT tenant_id, claim_id AS id FROM added_rows) x
        WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = x.id AND c.tenant_id = x.tenant_id OFFSET 0)
      UNION ALL
      SELECT 'user ' || x.id FROM (SELECT DISTINCT actor_user_id AS id FROM added_rows WHERE actor_user_id IS NOT NULL) x
        WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = x.id OFFSET 0)
    ) r LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'claim status history refers to % that is not in its practice', bad.ref USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER claim_status_history_checked AFTER INSERT ON claim_status_history
  REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION openrcm_check_claim_status_history();

ALTER TABLE claim_status_history DROP CONSTRAINT claim_status_history_tenant_id_fkey;
ALTER TABLE claim_status_history DROP CONSTRAINT claim_status_history_claim_id_fkey;
ALTER TABLE claim_status_history DROP CONSTRAINT claim_status_history_actor_user_id_fkey;

-- What the foreign keys also did: refuse to delete what these rows name. Rare, so checked row by row.
CREATE FUNCTION openrcm_refuse_delete_in_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_TABLE_NAME = 'claims' AND (EXISTS (SELECT 1 FROM remittance_claims rc WHERE rc.claim_id = OLD.id)
                                    OR EXISTS (SELECT 1 FROM claim_status_history h WHERE h.claim_id = OLD.id)))
    OR (TG_TABLE_NAME = 'remittances' AND EXISTS (SELECT 1 FROM remittance_claims rc WHERE rc.remittance_id = OLD.id))
    OR (TG_TABLE_NAME = 'users' AND EXISTS (SELECT 1 FROM claim_status_history h WHERE h.actor_user_id = OLD.id))
    OR (TG_TABLE_NAME = 'tenants' AND (EXISTS (SELECT 1 FROM remittance_claims rc WHERE rc.tenant_id = OLD.id)
                                       OR EXISTS (SELECT 1 FROM claim_status_history h WHERE h.tenant_id = OLD.id)))
  THEN
    RAISE EXCEPTION '% % has remittance or status history rows and cannot be deleted', TG_TABLE_NAME, OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER claims_in_history BEFORE DELETE ON claims FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_history();
CREATE TRIGGER remittances_in_history BEFORE DELETE ON remittances FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_history();
CREATE TRIGGER users_in_history BEFORE DELETE ON users FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_history();
CREATE TRIGGER tenants_in_history BEFORE DELETE ON tenants FOR EACH ROW EXECUTE FUNCTION openrcm_refuse_delete_in_history();
