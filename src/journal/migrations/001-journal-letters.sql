-- The letter journal: one row per letter that left the service (API render). Portable SQL: the same
-- file runs on SQLite and PostgreSQL. Times are ISO 8601 UTC text; lists are JSON text.
CREATE TABLE journal_letters (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  key_id TEXT NOT NULL,
  role TEXT NOT NULL,
  letter TEXT NOT NULL,
  variant TEXT NOT NULL,
  languages TEXT NOT NULL,
  content_version TEXT NOT NULL,
  input_sha256 TEXT NOT NULL,
  pdf_sha256 TEXT NOT NULL,
  case_number TEXT NOT NULL,
  input TEXT NOT NULL
);
CREATE INDEX journal_letters_by_case ON journal_letters (case_number, created_at);
