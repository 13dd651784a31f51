-- Claim submission (src/submission): the 837 file each batch carries, so a failed send is retried
-- with the very same interchange (same ISA13: the receiver takes it once), and every response file
-- taken in, so fetching twice applies nothing twice.
ALTER TABLE submission_batches ADD COLUMN content text;
ALTER TABLE submission_batches ADD COLUMN group_control_numbers text[] NOT NULL DEFAULT '{}';
ALTER TABLE submission_batches ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE submission_batches ADD COLUMN last_error text;
ALTER TABLE submission_batches ADD COLUMN remote_id text;
CREATE INDEX submission_batches_status ON submission_batches (tenant_id, status);
CREATE INDEX claims_submission_batch ON claims (submission_batch_id) WHERE submission_batch_id IS NOT NULL;

CREATE TABLE submission_responses (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  file_name text NOT NULL,
  -- 999, 277CA, 835, or unknown
  kind text NOT NULL,
  file_sha256 text NOT NULL,
  batch_id uuid REFERENCES submission_batches(id),
  -- applied, or failed (the problems are in detail and a work item says what to do)
  status text NOT NULL CHECK (status IN ('applied', 'failed')),
  detail jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, file_sha256)
);
