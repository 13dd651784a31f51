-- Idempotency keys are machine-made ASCII (835:{payer}:{TRN02}:clp:...): compared byte by byte (COLLATE "C")
-- they sort the same in every database, each comparison in the unique key index is a memcmp rather than
-- a locale's string collation, and the keys of one payment (one prefix) are one range of that index, so
-- "has any of this payment been posted before?" is a single probe (ledger anyStoredUnder).
ALTER TABLE ledger_transactions ALTER COLUMN idempotency_key TYPE text COLLATE "C";
