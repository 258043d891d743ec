using BriefBot.Core.Storage;

namespace BriefBot.Storage;

public abstract partial class SqlBriefBotStore
{
    public async Task<DigestRun?> GetLatestRunAsync(string digest, CancellationToken cancellationToken) =>
        (await GetRecentRunsAsync(digest, 1, cancellationToken).ConfigureAwait(false)) is [var latest, ..] ? latest : null;

    public async Task<IReadOnlyList<DigestRun>> GetRecentRunsAsync(string digest, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(digest);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.RunAsync("read the recent digest runs", async (connection, ct) =>
        {
            using var command = connection.Command(
                "SELECT due_at, state, updated_at, note FROM digest_runs WHERE digest = @digest ORDER BY due_at DESC LIMIT @limit;",
                ("digest", digest),
                ("limit", limit));
            return await command.ReadAllAsync(
                reader => new DigestRun(
                    digest,
                    Dialect.ReadTime(reader, 0),
                    Enum.Parse<DigestRunState>(reader.GetString(1)),
                    Dialect.ReadTime(reader, 2),
                    reader.GetNullableString(3)),
                ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> TryClaimRunAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(digest);

        // One statement decides: the insert wins if nobody has the occurrence; a conflicting row is taken over only if
        // its post failed. A racing claimer waits for the row another connection is writing (SQLite: for its write
        // lock) and then sees it committed, so of all claimers in all processes exactly one changes a row.
        var claimed = await SetRunStateAsync(
            "claim a digest run",
            """
            INSERT INTO digest_runs (digest, due_at, state, updated_at, note) VALUES (@digest, @due, 'Claimed', @now, NULL)
            ON CONFLICT (digest, due_at) DO UPDATE SET state = 'Claimed', updated_at = excluded.updated_at, note = NULL
            WHERE digest_runs.state = 'Failed';
            """,
            digest, dueAt, now, null, cancellationToken).ConfigureAwait(false);

        if (claimed)
        {
            Log.RunClaimed(logger, digest, dueAt);
        }
        else
        {
            Log.RunTaken(logger, digest, dueAt);
        }

        return claimed;
    }

    /// <summary>Posted is final and always recorded, even without a claim: the truth is that the digest went out.</summary>
    public async Task MarkRunPostedAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(digest);
        await SetRunStateAsync(
            "mark a digest run posted",
            """
            INSERT INTO digest_runs (digest, due_at, state, updated_at, note) VALUES (@digest, @due, 'Posted', @now, NULL)
            ON CONFLICT (digest, due_at) DO UPDATE SET state = 'Posted', updated_at = excluded.updated_at, note = NULL;
            """,
            digest, dueAt, now, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Skipping records a run nobody claimed, or gives up a claim or failure; it never overwrites a post.</summary>
    public async Task MarkRunSkippedAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(digest);
        var changed = await SetRunStateAsync(
            "mark a digest run skipped",
            """
            INSERT INTO digest_runs (digest, due_at, state, updated_at, note) VALUES (@digest, @due, 'Skipped', @now, @note)
            ON CONFLICT (digest, due_at) DO UPDATE SET state = 'Skipped', updated_at = excluded.updated_at, note = excluded.note
            WHERE digest_runs.state IN ('Claimed', 'Failed');
            """,
            digest, dueAt, now, reason, cancellationToken).ConfigureAwait(false);
        if (!changed)
        {
            Log.SkipIgnored(logger, digest, dueAt);
        }
    }

    /// <summary>Only a claim can be released; a run already posted or skipped stays so.</summary>
    public async Task ReleaseRunAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(digest);
        var changed = await SetRunStateAsync(
            "release a digest run",
            """
            UPDATE digest_runs SET state = 'Failed', updated_at = @now, note = @note
            WHERE digest = @digest AND due_at = @due AND state = 'Claimed';
            """,
            digest, dueAt, now, error, cancellationToken).ConfigureAwait(false);
        if (!changed)
        {
            Log.ReleaseIgnored(logger, digest, dueAt);
        }
    }

    private async Task<bool> SetRunStateAsync(string action, string sql, string digest, DateTimeOffset dueAt, DateTimeOffset now, string? note, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.RunAsync(action, Durability.Full, async (connection, ct) =>
        {
            using var command = connection.Command(
                sql,
                ("digest", digest),
                ("due", Dialect.Time(dueAt)),
                ("now", Dialect.Time(now)),
                ("note", note));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false) == 1;
    }
}
