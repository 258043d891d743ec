namespace BriefBot.Storage.Postgres;

/// <summary>
/// The schema as an ordered list: migration <c>i</c> takes a database from version <c>i</c> to <c>i + 1</c>, and
/// <c>briefbot_schema</c> has one row per version applied. A new version is one more entry at the end; a migration
/// that has shipped is never edited, because databases out there already ran it. The tables and their meaning are
/// those of the SQLite store, so both keep the same promises.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        Version1,
        Version2,
        Version3,
        Version4,
    ];

    public static int CurrentVersion => All.Count;

    // Asker hashes are the keyed hashes Core computes; no column holds a platform user id.
    // posted_digests exists apart from posted_facts so that "this channel's last digest had no facts" (an empty list)
    // is told apart from "this channel never had a digest" (null).
    // handled_events: platform events already answered by some replica; rows older than a day are deleted as new
    // ones arrive, since platforms stop redelivering within the hour.
    private const string Version1 = """
        CREATE TABLE questions (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL,
            platform text NOT NULL,
            channel text NOT NULL,
            asker_hash text NULL,
            text text NOT NULL,
            answered boolean NOT NULL,
            entry_id text NULL,
            confidence integer NOT NULL
        );
        CREATE INDEX questions_by_time ON questions (at);

        CREATE TABLE feedback (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            at timestamptz NOT NULL,
            entry_id text NOT NULL,
            helpful boolean NOT NULL,
            platform text NOT NULL,
            channel text NOT NULL,
            asker_hash text NULL
        );
        CREATE INDEX feedback_by_time ON feedback (at, entry_id);
        CREATE INDEX feedback_by_entry ON feedback (entry_id, at);

        CREATE TABLE digest_runs (
            digest text NOT NULL,
            due_at timestamptz NOT NULL,
            state text NOT NULL CHECK (state IN ('Claimed', 'Posted', 'Skipped', 'Failed')),
            updated_at timestamptz NOT NULL,
            note text NULL,
            PRIMARY KEY (digest, due_at)
        );

        CREATE TABLE posted_digests (
            platform text NOT NULL,
            channel text NOT NULL,
            at timestamptz NOT NULL,
            PRIMARY KEY (platform, channel)
        );

        CREATE TABLE posted_facts (
            platform text NOT NULL,
            channel text NOT NULL,
            position integer NOT NULL,
            file text NOT NULL,
            document text NOT NULL,
            section text NULL,
            text text NOT NULL,
            PRIMARY KEY (platform, channel, position),
            FOREIGN KEY (platform, channel) REFERENCES posted_digests (platform, channel) ON DELETE CASCADE
        );

        CREATE TABLE secrets (
            name text PRIMARY KEY,
            value bytea NOT NULL
        );

        CREATE TABLE handled_events (
            platform text NOT NULL,
            event_id text NOT NULL,
            at timestamptz NOT NULL,
            PRIMARY KEY (platform, event_id)
        );
        CREATE INDEX handled_events_by_time ON handled_events (at);
        """;

    // Learned entries and phrasings (ILearnedEntryStore). An entry's phrasings are one JSON array: they are always
    // read and replaced together, in order. A phrasing may teach any entry (document, curated or learned), so it has
    // no foreign key. learned_version is one row, bumped in the transaction of every change, so replicas can poll
    // one cheap read.
    private const string Version2 = """
        CREATE TABLE learned_entries (
            id text PRIMARY KEY,
            questions text NOT NULL,
            answer text NOT NULL,
            created_by text NOT NULL,
            created_at timestamptz NOT NULL,
            updated_by text NOT NULL,
            updated_at timestamptz NOT NULL
        );

        CREATE TABLE learned_phrasings (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            entry_id text NOT NULL,
            question text NOT NULL,
            created_by text NOT NULL,
            created_at timestamptz NOT NULL
        );
        CREATE INDEX learned_phrasings_by_entry ON learned_phrasings (entry_id);

        CREATE TABLE learned_changes (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('EntryAdded', 'EntryEdited', 'EntryDeleted', 'PhrasingAdded', 'PhrasingDeleted')),
            entry_id text NOT NULL,
            author text NOT NULL,
            at timestamptz NOT NULL,
            entry_before text NULL,
            entry_after text NULL,
            phrasing text NULL
        );

        CREATE TABLE learned_version (
            id integer PRIMARY KEY CHECK (id = 1),
            version bigint NOT NULL
        );
        INSERT INTO learned_version (id, version) VALUES (1, 0);
        """;

    // The knowledge folder each question was asked of, so one database can serve several folders and each folder's
    // report shows its own questions. Null for questions recorded before.
    private const string Version3 = """
        ALTER TABLE questions ADD COLUMN knowledge text NULL;
        """;

    // The knowledge folder that gave the reply each click is about, so each folder's report counts its own clicks.
    private const string Version4 = """
        ALTER TABLE feedback ADD COLUMN knowledge text NULL;
        """;
}
