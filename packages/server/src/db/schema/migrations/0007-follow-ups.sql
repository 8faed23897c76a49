-- Migration 7: follow-ups to residents who asked to be contacted, and the outbox of their notices
-- Frozen once released: a database that ran it keeps its checksum (docs/migrations.md).

-- One row per request to be contacted (docs/design.md §12), written by the
-- writer in the transaction of its response. The contact details (name,
-- e-mail, phone, language) are only ever here as AES-256-GCM ciphertext with
-- its tag (`contact`) and the row's own 12-byte nonce; the retention purge
-- sets both to NULL and notes when (`purged_at`), the times stay for the
-- summary. `due_by` is fixed at intake by the business calendar of the day.
CREATE TABLE follow_ups (
  id TEXT PRIMARY KEY,
  response_id TEXT NOT NULL UNIQUE REFERENCES responses (id),
  department TEXT NOT NULL,
  channel TEXT NOT NULL DEFAULT '',
  requested_at TEXT NOT NULL,
  due_by TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'closed')),
  acknowledged_at TEXT,
  acknowledged_by TEXT,
  acknowledge_note TEXT,
  closed_at TEXT,
  closed_by TEXT,
  close_note TEXT,
  contact BLOB,
  contact_nonce BLOB,
  purged_at TEXT
) WITHOUT ROWID;

-- The queue: by due time, within a department or across all.
CREATE INDEX follow_ups_by_due ON follow_ups (due_by, id);
CREATE INDEX follow_ups_by_department_due ON follow_ups (department, due_by, id);
-- The summary's period and the purge's closed-before.
CREATE INDEX follow_ups_by_requested_at ON follow_ups (requested_at);
CREATE INDEX follow_ups_by_closed_at ON follow_ups (closed_at) WHERE closed_at IS NOT NULL;

-- The notice outbox: one row per request to notify, written in the same
-- transaction as the follow-up, so a crash or an SMTP outage loses none; the
-- sender sends after the commit and marks it sent, or notes the failure and
-- when to try again. `recipient` is the department's address, never the resident's.
CREATE TABLE follow_up_notices (
  follow_up_id TEXT PRIMARY KEY REFERENCES follow_ups (id),
  recipient TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  sent_at TEXT,
  last_error TEXT
) WITHOUT ROWID;

CREATE INDEX follow_up_notices_pending ON follow_up_notices (next_attempt_at) WHERE sent_at IS NULL;

-- The role `responder` (sees and answers follow-ups, reads scores as a viewer
-- does): SQLite cannot change a CHECK, so the table is copied into one that
-- allows it, with every token, hash and date as it was.
CREATE TABLE staff_tokens_with_responders (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'responder', 'admin')),
  department TEXT,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  expires_at TEXT,
  last_used_at TEXT
);
INSERT INTO staff_tokens_with_responders
  (id, name, role, department, token_hash, created_at, revoked_at, expires_at, last_used_at)
  SELECT id, name, role, department, token_hash, created_at, revoked_at, expires_at, last_used_at FROM staff_tokens;
DROP TABLE staff_tokens;
ALTER TABLE staff_tokens_with_responders RENAME TO staff_tokens;
