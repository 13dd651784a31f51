-- Code-set snapshots as base64 text instead of bytea: PGlite moves bytea through hex text about 20x
-- slower than a base64 text, and start-up reads these on every command. Node reads either base64 form
-- (PostgreSQL's encode() wraps lines; Buffer.from ignores the line breaks), so stored releases carry over.
ALTER TABLE code_set_snapshots ALTER COLUMN payload TYPE text USING encode(payload, 'base64');

-- Imports write about 100,000 rows per release; this index slowed them by a third and nothing reads by it.
DROP INDEX IF EXISTS code_set_codes_code;
