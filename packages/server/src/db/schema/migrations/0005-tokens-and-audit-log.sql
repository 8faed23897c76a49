-- Migration 5: expiring staff tokens with last use, the audit log
-- A token may expire (`token create --expires-days N`); its last use is kept
-- to the minute so `token list` can show what is still in use.
ALTER TABLE staff_tokens ADD COLUMN expires_at TEXT;
ALTER TABLE staff_tokens ADD COLUMN last_used_at TEXT;
-- Who (the token's name, or "cli:<user>" for the command line) did what and
-- when; `detail` is JSON of what was asked, never the personal data revealed.
CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      );
