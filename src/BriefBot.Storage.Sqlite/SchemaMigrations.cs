namespace BriefBot.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list: migration <c>i</c> takes a database from <c>PRAGMA user_version</c> <c>i</c> to
/// <c>i + 1</c>. A new version is one more entry at the end; a migration that has shipped is never edited, because
/// databases out there already ran it.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        Version1,
        Version2,
        Version3,
        Version4,
        Version5,
    ];

    public static int CurrentVersion => All.Count;

    // Times are ISO-8601 UTC text (see StoredTime). STRICT tables refuse a value of the wrong type instead of storing it.
    // Asker hashes are the keyed hashes Core computes; no column holds a platform user id.
    // posted_digests exists apart from posted_facts so that "this channel's last digest had no facts" (an empty list)
    // is told apart from "this channel never had a digest" (null).
    private const string Version1 = """
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            asker_hash TEXT NULL,
            text TEXT NOT NULL,
            answered INTEGER NOT NULL CHECK (answered IN (0, 1)),
            entry_id TEXT NULL,
            confidence INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX questions_by_time ON questions (at);

        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            asker_hash TEXT NULL
        ) STRICT;
        CREATE INDEX feedback_by_time ON feedback (at, entry_id);
        CREATE INDEX feedback_by_entry ON feedback (entry_id, at);

        CREATE TABLE digest_runs (
            digest TEXT NOT NULL,
            due_at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('Claimed', 'Posted', 'Skipped', 'Failed')),
            updated_at TEXT NOT NULL,
            note TEXT NULL,
            PRIMARY KEY (digest, due_at)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE posted_digests (
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (platform, channel)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE posted_facts (
            platform TEXT NOT NULL,
            channel TEXT NOT NULL,
            position INTEGER NOT NULL,
            file TEXT NOT NULL,
            document TEXT NOT NULL,
            section TEXT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (platform, channel, position),
            FOREIGN KEY (platform, channel) REFERENCES posted_digests (platform, channel) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE secrets (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL
        ) STRICT, WITHOUT ROWID;
        """;

    // Platform events already handled (IEventClaims), so a redelivered event is answered once across restarts and
    // processes. Rows older than a day are deleted as new ones arrive: platforms stop redelivering within the hour.
    private const string Version2 = """
        CREATE TABLE handled_events (
            platform TEXT NOT NULL,
            event_id TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (platform, event_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX handled_events_by_time ON handled_events (at);
        """;

    // Learned entries and phrasings (ILearnedEntryStore). An entry's phrasings are one JSON array: they are always
    // read and replaced together, in order. A phrasing may teach any entry (document, curated or learned), so it has
    // no foreign key. AUTOINCREMENT so a deleted phrasing's or change's id is never handed out again. learned_version
    // is one row, bumped in the transaction of every change, so replicas can poll one cheap read.
    private const string Version3 = """
        CREATE TABLE learned_entries (
            id TEXT PRIMARY KEY,
            questions TEXT NOT NULL,
            answer TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE learned_phrasings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            entry_id TEXT NOT NULL,
            question TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX learned_phrasings_by_entry ON learned_phrasings (entry_id);

        CREATE TABLE learned_changes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL CHECK (kind IN ('EntryAdded', 'EntryEdited', 'EntryDeleted', 'PhrasingAdded', 'PhrasingDeleted')),
            entry_id TEXT NOT NULL,
            author TEXT NOT NULL,
            at TEXT NOT NULL,
            entry_before TEXT NULL,
            entry_after TEXT NULL,
            phrasing TEXT NULL
        ) STRICT;

        CREATE TABLE learned_version (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL
        ) STRICT;
        INSERT INTO learned_version (id, version) VALUES (1, 0);
        """;

    // The knowledge folder each question was asked of, so one database can serve several folders and each folder's
    // report shows its own questions. Null for questions recorded before.
    private const string Version4 = """
        ALTER TABLE questions ADD COLUMN knowledge TEXT NULL;
        """;

    // The knowledge folder that gave the reply each click is about, so each folder's report counts its own clicks.
    private const string Version5 = """
        ALTER TABLE feedback ADD COLUMN knowledge TEXT NULL;
        """;
}
