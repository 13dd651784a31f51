-- Code sets: each release (a system and its version, e.g. ICD10CM FY2023) side by side with its
-- effective window. A release is keyed by system + release; content_hash (sha256 over its source files)
-- makes re-importing the same files a no-op. A release is written in one transaction: all or nothing.
CREATE TABLE code_set_releases (
  system text NOT NULL,
  release text NOT NULL,
  fiscal_year integer,
  effective_from date NOT NULL,
  effective_to date,
  content_hash text NOT NULL,
  sources jsonb NOT NULL,
  code_count integer NOT NULL,
  billable_count integer NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (system, release),
  CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

-- Every code of a release, for SQL (joins with encounter_diagnoses, reports). Codes are stored
-- normalised: upper case, no dot ('S72001A').
CREATE TABLE code_set_codes (
  system text NOT NULL,
  release text NOT NULL,
  code text NOT NULL,
  title text NOT NULL,
  billable boolean NOT NULL,
  PRIMARY KEY (system, release, code),
  FOREIGN KEY (system, release) REFERENCES code_set_releases (system, release) ON DELETE CASCADE
);
CREATE INDEX code_set_codes_code ON code_set_codes (system, code);

-- The compact serialised release that start-up loads instead of re-reading the source files, in parts
-- (gzip JSON) so that each command loads only what it needs: 'codes' (validation), 'tabular' (notes),
-- 'index' (Alphabetic Index), 'tables' (Table of Drugs, Neoplasm Table).
CREATE TABLE code_set_snapshots (
  system text NOT NULL,
  release text NOT NULL,
  part text NOT NULL,
  format text NOT NULL,
  payload bytea NOT NULL,
  PRIMARY KEY (system, release, part),
  FOREIGN KEY (system, release) REFERENCES code_set_releases (system, release) ON DELETE CASCADE
);
