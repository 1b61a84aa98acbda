package qc.trousse.store;

import java.util.List;

/**
 * The schema's steps, oldest first ({@link Migrations} runs them). Never edit a shipped step; append a new one.
 */
final class SchemaSteps {
    static final List<List<String>> STEPS = List.of(
            // 1: the office profile and its staff, file-scoped settings
            List.of("""
                    CREATE TABLE office_profile(
                      id INTEGER PRIMARY KEY CHECK (id = 1),
                      mna_name TEXT NOT NULL, title TEXT NOT NULL, riding_code TEXT NOT NULL, region TEXT NOT NULL,
                      address TEXT NOT NULL, phone TEXT NOT NULL, email TEXT NOT NULL,
                      x TEXT NOT NULL, facebook TEXT NOT NULL, instagram TEXT NOT NULL, linkedin TEXT NOT NULL)""",
                    "CREATE TABLE staff(position INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                    "CREATE TABLE setting(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            // 2: the signature and logo, stored in the file so it travels on a USB key
            List.of("""
                    CREATE TABLE office_image(
                      kind TEXT PRIMARY KEY CHECK (kind IN ('signature', 'logo')),
                      format TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, bytes BLOB NOT NULL)"""),
            // 3: the week plan: the office's own gestures, planned gestures and their checklists
            List.of("""
                    CREATE TABLE gesture_custom(
                      id INTEGER PRIMARY KEY, title TEXT NOT NULL, family TEXT NOT NULL, description TEXT NOT NULL)""",
                    """
                    CREATE TABLE gesture_plan(
                      id INTEGER PRIMARY KEY, gesture TEXT NOT NULL, day TEXT NOT NULL,
                      start_time TEXT NOT NULL, end_time TEXT NOT NULL, place TEXT NOT NULL, owner TEXT NOT NULL,
                      state TEXT NOT NULL CHECK (state IN ('IDEA', 'PLANNED', 'DONE', 'CANCELLED')))""",
                    """
                    CREATE TABLE gesture_item(
                      plan_id INTEGER NOT NULL REFERENCES gesture_plan(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL, template_key TEXT NOT NULL, text TEXT NOT NULL,
                      offset_days INTEGER NOT NULL, owner TEXT NOT NULL, done INTEGER NOT NULL,
                      PRIMARY KEY (plan_id, position))"""),
            // 4: the cocktail: the event (one row; NULL travel = the region's default), guests, vehicles
            List.of("""
                    CREATE TABLE cocktail_event(
                      id INTEGER PRIMARY KEY CHECK (id = 1), start_time TEXT NOT NULL, end_time TEXT NOT NULL,
                      room TEXT NOT NULL, entrance TEXT NOT NULL, bring TEXT NOT NULL, staff TEXT NOT NULL,
                      departure_place TEXT NOT NULL, travel_minutes INTEGER, margin_minutes INTEGER NOT NULL)""",
                    """
                    CREATE TABLE cocktail_vehicle(
                      id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('CAR', 'BUS')),
                      seats INTEGER NOT NULL CHECK (seats > 0), staff TEXT NOT NULL)""",
                    """
                    CREATE TABLE cocktail_guest(
                      id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION')),
                      name TEXT NOT NULL, organisation TEXT NOT NULL, role TEXT NOT NULL, email TEXT NOT NULL,
                      phone TEXT NOT NULL, reason TEXT NOT NULL,
                      rsvp TEXT NOT NULL CHECK (rsvp IN ('INVITED', 'CONFIRMED', 'DECLINED', 'ATTENDED')),
                      party_size INTEGER NOT NULL CHECK (party_size >= 1), dietary TEXT NOT NULL,
                      accessibility TEXT NOT NULL, certificate INTEGER NOT NULL, vehicle_id INTEGER NOT NULL)"""),
            // 5: recipients of certificates of recognition: typed in or imported, then printed and presented
            List.of("""
                    CREATE TABLE recipient(
                      id INTEGER PRIMARY KEY,
                      kind TEXT NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION')),
                      name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                      reason TEXT NOT NULL,
                      presented_on TEXT NOT NULL,
                      gesture TEXT NOT NULL,
                      state TEXT NOT NULL CHECK (state IN ('TO_PRINT', 'PRINTED', 'PRESENTED')),
                      printed_at TEXT)"""),
            // 6: social posts: drafts per network with their approval, and the office's own templates
            List.of("""
                    CREATE TABLE post_draft(
                      id INTEGER PRIMARY KEY, network TEXT NOT NULL, template_id TEXT NOT NULL,
                      gesture_id TEXT NOT NULL, french TEXT NOT NULL, english TEXT NOT NULL,
                      bilingual INTEGER NOT NULL, day TEXT NOT NULL, time TEXT NOT NULL, state TEXT NOT NULL,
                      approved_by TEXT NOT NULL, approved_at TEXT)""",
                    """
                    CREATE TABLE post_template(
                      id TEXT PRIMARY KEY, title TEXT NOT NULL, french TEXT NOT NULL, english TEXT NOT NULL)"""),
            // 7: the certificate design: the official certificate as background and where each field goes
            List.of("""
                    CREATE TABLE certificate_background(
                      id INTEGER PRIMARY KEY CHECK (id = 1),
                      kind TEXT NOT NULL CHECK (kind IN ('PDF', 'IMAGE')), bytes BLOB NOT NULL)""",
                    """
                    CREATE TABLE certificate_field(
                      field TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL, width REAL NOT NULL,
                      height REAL NOT NULL, size REAL NOT NULL, color INTEGER NOT NULL, align TEXT NOT NULL,
                      font TEXT NOT NULL, visible INTEGER NOT NULL)"""),
            // 8: check-ins at the cocktail's door: when each guest arrived, walk-ins, the answer before.
            // No foreign key: a guest deleted and restored by undo finds its arrival again.
            List.of("""
                    CREATE TABLE cocktail_arrival(
                      guest_id INTEGER PRIMARY KEY, arrived_at TEXT NOT NULL,
                      walk_in INTEGER NOT NULL CHECK (walk_in IN (0, 1)), answer_before TEXT NOT NULL)"""),
            // 9: each calendar entry's SEQUENCE and a digest of what it said, so it grows only when the entry changes
            List.of("""
                    CREATE TABLE calendar_revision(
                      uid TEXT PRIMARY KEY, sequence INTEGER NOT NULL CHECK (sequence >= 0),
                      fingerprint TEXT NOT NULL, changed_at TEXT NOT NULL)"""),
            // 10: the file's edition. Every file made before editions existed served JPS 2020, so it records
            // that year; campaign is the file's own campaign file, empty while it uses the shipped one.
            List.of("""
                    CREATE TABLE edition(
                      id INTEGER PRIMARY KEY CHECK (id = 1), year INTEGER NOT NULL, campaign TEXT NOT NULL)""",
                    "INSERT INTO edition(id, year, campaign) VALUES (1, 2020, '')",
                    // recipients of an earlier edition carried into a new file: kept for reference, never printed
                    """
                    CREATE TABLE past_recipient(
                      id INTEGER PRIMARY KEY, year INTEGER NOT NULL,
                      kind TEXT NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION')),
                      name TEXT NOT NULL, reason TEXT NOT NULL)"""),
            // 11: the office's accounts on Bluesky, Threads and Mastodon (empty: none there)
            List.of("ALTER TABLE office_profile ADD COLUMN bluesky TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE office_profile ADD COLUMN threads TEXT NOT NULL DEFAULT ''",
                    "ALTER TABLE office_profile ADD COLUMN mastodon TEXT NOT NULL DEFAULT ''"),
            // 12: the shared store: ids handed out by the database (never max(id) + 1, which two PCs would
            // both take), and a version per row so an edit based on a row changed meanwhile is caught.
            List.of("CREATE TABLE id_counter(name TEXT PRIMARY KEY, last_id INTEGER NOT NULL)",
                    """
                    INSERT INTO id_counter(name, last_id) SELECT 'gesture', coalesce(max(id), 0)
                    FROM (SELECT id FROM gesture_plan UNION ALL SELECT id FROM gesture_custom) AS ids""",
                    "INSERT INTO id_counter(name, last_id) SELECT 'recipient', coalesce(max(id), 0) FROM recipient",
                    "INSERT INTO id_counter(name, last_id) SELECT 'cocktail_guest', coalesce(max(id), 0) FROM cocktail_guest",
                    "INSERT INTO id_counter(name, last_id) SELECT 'cocktail_vehicle', coalesce(max(id), 0) FROM cocktail_vehicle",
                    "INSERT INTO id_counter(name, last_id) SELECT 'post_draft', coalesce(max(id), 0) FROM post_draft",
                    "ALTER TABLE recipient ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE cocktail_guest ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE cocktail_vehicle ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE gesture_plan ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE gesture_custom ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE post_draft ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE post_template ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE office_profile ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE cocktail_event ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            // 13: who did what. On the server a trigger writes one line per row changed, with the staff member
            // signed in (see ChangeLog); the staff's role reads it and cannot write it. A file keeps it empty
            // (one writer at a time) except for the lines a copy pulled from the server brought along.
            List.of("""
                    CREATE TABLE change_log(
                      id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, row_id TEXT NOT NULL, member TEXT NOT NULL,
                      at TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
                      what TEXT NOT NULL)""",
                    "CREATE INDEX change_log_row ON change_log(table_name, row_id)"),
            // 14: a version on every other table a user edits, so each write is checked the same way. The staff
            // and images go with the profile's row, the checklist items with their gesture's: those rows' version
            // covers them. The calendar's revisions and the past recipients are not edited by anyone.
            List.of("ALTER TABLE setting ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE certificate_background ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE certificate_field ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE cocktail_arrival ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
                    "ALTER TABLE edition ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            // 15: the edits kept while the server was away (EditJournal), once sent: each one's id is written in
            // the same transaction as the edit, so an edit whose journal was not updated (the app killed right
            // after the commit) is recognised on the next send and never applied twice.
            List.of("""
                    CREATE TABLE applied_edit(
                      id TEXT PRIMARY KEY, table_name TEXT NOT NULL, row_key TEXT NOT NULL, member TEXT NOT NULL,
                      applied_at TEXT NOT NULL)"""));

    private SchemaSteps() {
    }
}
