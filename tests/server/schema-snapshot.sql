-- index daily_rollups_with_alpha on daily_rollups
CREATE INDEX daily_rollups_with_alpha ON daily_rollups (day) WHERE alpha IS NOT NULL;

-- index follow_up_notices_pending on follow_up_notices
CREATE INDEX follow_up_notices_pending ON follow_up_notices (next_attempt_at) WHERE sent_at IS NULL;

-- index follow_ups_by_closed_at on follow_ups
CREATE INDEX follow_ups_by_closed_at ON follow_ups (closed_at) WHERE closed_at IS NOT NULL;

-- index follow_ups_by_department_due on follow_ups
CREATE INDEX follow_ups_by_department_due ON follow_ups (department, due_by, id);

-- index follow_ups_by_due on follow_ups
CREATE INDEX follow_ups_by_due ON follow_ups (due_by, id);

-- index follow_ups_by_requested_at on follow_ups
CREATE INDEX follow_ups_by_requested_at ON follow_ups (requested_at);

-- index responses_by_day_locale on responses
CREATE INDEX responses_by_day_locale ON responses (day, locale);

-- index responses_by_received_at_id on responses
CREATE INDEX responses_by_received_at_id ON responses (received_at, id);

-- index responses_verified on responses
CREATE INDEX responses_verified ON responses (received_at, id) WHERE verified = 1;

-- index responses_verified_with_comment on responses
CREATE INDEX responses_verified_with_comment ON responses (received_at, id) WHERE verified = 1 AND comment IS NOT NULL;

-- index responses_with_comment on responses
CREATE INDEX responses_with_comment ON responses (received_at, id) WHERE comment IS NOT NULL;

-- index sqlite_autoindex_follow_ups_2 on follow_ups
;

-- index sqlite_autoindex_responses_1 on responses
;

-- index sqlite_autoindex_staff_tokens_1 on staff_tokens
;

-- index verified_daily_rollups_with_alpha on verified_daily_rollups
CREATE INDEX verified_daily_rollups_with_alpha ON verified_daily_rollups (day) WHERE alpha IS NOT NULL;

-- table audit_log on audit_log
CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
      );

-- table comment_standards on comment_standards
CREATE TABLE comment_standards (
        standard TEXT NOT NULL,
        received_at TEXT NOT NULL,
        id TEXT NOT NULL,
        favorable INTEGER NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        PRIMARY KEY (standard, favorable, received_at, id)
      ) WITHOUT ROWID;

-- table count_cube on count_cube
CREATE TABLE count_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, day, survey)
      ) WITHOUT ROWID;

-- table counter_backlog on counter_backlog
CREATE TABLE "counter_backlog" (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL
);

-- table counter_fold on counter_fold
CREATE TABLE counter_fold (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  fold TEXT NOT NULL,
  upto INTEGER NOT NULL,
  step_arguments INTEGER NOT NULL,
  steps_done INTEGER NOT NULL
, cut_at_pauses INTEGER NOT NULL DEFAULT 0, files_comments INTEGER NOT NULL DEFAULT 1, comment_cube INTEGER NOT NULL DEFAULT 1);

-- table daily_counts on daily_counts
CREATE TABLE daily_counts (
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (day, department, channel, survey)
      ) WITHOUT ROWID;

-- table daily_rollups on daily_rollups
CREATE TABLE daily_rollups (
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        alpha TEXT,
        PRIMARY KEY (day, department, channel, survey, standard)
      ) WITHOUT ROWID;

-- table follow_up_notices on follow_up_notices
CREATE TABLE follow_up_notices (
  follow_up_id TEXT PRIMARY KEY REFERENCES follow_ups (id),
  recipient TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  sent_at TEXT,
  last_error TEXT
) WITHOUT ROWID;

-- table follow_ups on follow_ups
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

-- table language_alpha on language_alpha
CREATE TABLE language_alpha (
        locale TEXT NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        alpha TEXT,
        PRIMARY KEY (locale, day, department, channel, survey, standard)
      ) WITHOUT ROWID;

-- table language_count_cube on language_count_cube
CREATE TABLE language_count_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        locale TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, day, survey, locale)
      ) WITHOUT ROWID;

-- table language_rollup_cube on language_rollup_cube
CREATE TABLE language_rollup_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        locale TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        PRIMARY KEY (department, channel, survey, day, locale, standard)
      ) WITHOUT ROWID;

-- table month_count_cube on month_count_cube
CREATE TABLE month_count_cube (
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        month TEXT NOT NULL,
        department TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (channel, survey, month, department)
      ) WITHOUT ROWID;

-- table month_rollup_cube on month_rollup_cube
CREATE TABLE month_rollup_cube (
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        month TEXT NOT NULL,
        department TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        PRIMARY KEY (channel, survey, month, department, standard)
      ) WITHOUT ROWID;

-- table offer_cube on offer_cube
CREATE TABLE offer_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        offers INTEGER NOT NULL,
        PRIMARY KEY (department, channel, survey, day)
      ) WITHOUT ROWID;

-- table responses on responses
CREATE TABLE responses (
        id TEXT PRIMARY KEY,
        received_at TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        locale TEXT NOT NULL,
        department TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        interaction TEXT,
        page TEXT,
        answers TEXT NOT NULL,
        comment TEXT,
        content_hash TEXT NOT NULL
      , verified INTEGER NOT NULL DEFAULT 0, tones TEXT);

-- table rollup_cube on rollup_cube
CREATE TABLE rollup_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL, comments_favorable INTEGER NOT NULL DEFAULT 0, comments_unfavorable INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (department, channel, survey, day, standard)
      ) WITHOUT ROWID;

-- table schema_migrations on schema_migrations
CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      , checksum TEXT);

-- table server_secrets on server_secrets
CREATE TABLE server_secrets (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

-- table staff_tokens on staff_tokens
CREATE TABLE "staff_tokens" (
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

-- table used_invitations on used_invitations
CREATE TABLE used_invitations (
        invitation TEXT PRIMARY KEY,
        response_id TEXT NOT NULL
      ) WITHOUT ROWID;

-- table verified_comment_standards on verified_comment_standards
CREATE TABLE verified_comment_standards (
        standard TEXT NOT NULL,
        received_at TEXT NOT NULL,
        id TEXT NOT NULL,
        favorable INTEGER NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        PRIMARY KEY (standard, favorable, received_at, id)
      ) WITHOUT ROWID;

-- table verified_count_cube on verified_count_cube
CREATE TABLE verified_count_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, day, survey)
      ) WITHOUT ROWID;

-- table verified_daily_counts on verified_daily_counts
CREATE TABLE verified_daily_counts (
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (day, department, channel, survey)
      ) WITHOUT ROWID;

-- table verified_daily_rollups on verified_daily_rollups
CREATE TABLE verified_daily_rollups (
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        alpha TEXT,
        PRIMARY KEY (day, department, channel, survey, standard)
      ) WITHOUT ROWID;

-- table verified_language_alpha on verified_language_alpha
CREATE TABLE verified_language_alpha (
        locale TEXT NOT NULL,
        day TEXT NOT NULL,
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        standard TEXT NOT NULL,
        alpha TEXT,
        PRIMARY KEY (locale, day, department, channel, survey, standard)
      ) WITHOUT ROWID;

-- table verified_language_count_cube on verified_language_count_cube
CREATE TABLE verified_language_count_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        day TEXT NOT NULL,
        survey TEXT NOT NULL,
        locale TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (department, channel, day, survey, locale)
      ) WITHOUT ROWID;

-- table verified_language_rollup_cube on verified_language_rollup_cube
CREATE TABLE verified_language_rollup_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        locale TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        PRIMARY KEY (department, channel, survey, day, locale, standard)
      ) WITHOUT ROWID;

-- table verified_month_count_cube on verified_month_count_cube
CREATE TABLE verified_month_count_cube (
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        month TEXT NOT NULL,
        department TEXT NOT NULL,
        responses INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        PRIMARY KEY (channel, survey, month, department)
      ) WITHOUT ROWID;

-- table verified_month_rollup_cube on verified_month_rollup_cube
CREATE TABLE verified_month_rollup_cube (
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        month TEXT NOT NULL,
        department TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL,
        PRIMARY KEY (channel, survey, month, department, standard)
      ) WITHOUT ROWID;

-- table verified_offer_cube on verified_offer_cube
CREATE TABLE verified_offer_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        offers INTEGER NOT NULL,
        PRIMARY KEY (department, channel, survey, day)
      ) WITHOUT ROWID;

-- table verified_rollup_cube on verified_rollup_cube
CREATE TABLE verified_rollup_cube (
        department TEXT NOT NULL,
        channel TEXT NOT NULL,
        survey TEXT NOT NULL,
        day TEXT NOT NULL,
        standard TEXT NOT NULL,
        n INTEGER NOT NULL,
        favorable INTEGER NOT NULL,
        sum_v REAL NOT NULL,
        sum_v2 REAL NOT NULL, comments_favorable INTEGER NOT NULL DEFAULT 0, comments_unfavorable INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (department, channel, survey, day, standard)
      ) WITHOUT ROWID;

-- trigger used_invitations_verify on used_invitations
CREATE TRIGGER used_invitations_verify AFTER INSERT ON used_invitations BEGIN
        UPDATE responses SET verified = 1 WHERE id = NEW.response_id;
      END;
