using System.Data.Common;
using System.Security.Cryptography;
using BriefBot.Core.Storage;

namespace BriefBot.Storage;

public abstract partial class SqlBriefBotStore
{
    public async Task<LearnedEntry> AddLearnedEntryAsync(IReadOnlyList<string> questions, string answer, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var phrasings = RequirePhrasings(questions);
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        var id = "learned-" + RandomNumberGenerator.GetHexString(12, lowercase: true);
        return await database.WriteAsync("add a learned entry", Durability.Full, async (connection, ct) =>
        {
            using var insert = connection.Command(
                $"""
                INSERT INTO learned_entries ({EntryColumns}) VALUES (@id, @questions, @answer, @author, @at, @author, @at)
                RETURNING {EntryColumns};
                """,
                ("id", id),
                ("questions", LearnedJson.Questions(phrasings)),
                ("answer", answer),
                ("author", author),
                ("at", Dialect.Time(at)));
            var entry = await insert.ReadOneAsync(ReadEntry, ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The new learned entry was not returned by its insert.");
            await RecordChangeAsync(connection, LearnedChangeKind.EntryAdded, entry.Id, author, at, null, entry, null, ct).ConfigureAwait(false);
            return entry;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LearnedEntry?> UpdateLearnedEntryAsync(string id, IReadOnlyList<string> questions, string answer, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var phrasings = RequirePhrasings(questions);
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.WriteAsync("edit a learned entry", Durability.Full, async (connection, ct) =>
        {
            // An update that changes nothing takes the row's write lock first (on a server database; SQLite's write
            // lock is the whole file) and returns the row as it is once locked, so the entry read is the one this
            // edit replaces, not one a concurrent edit is about to replace: the change log's "before" is always true.
            using var claim = connection.Command($"UPDATE learned_entries SET id = id WHERE id = @id RETURNING {EntryColumns};", ("id", id));
            if (await claim.ReadOneAsync(ReadEntry, ct).ConfigureAwait(false) is not { } before)
            {
                return null;
            }

            using var update = connection.Command(
                $"""
                UPDATE learned_entries SET questions = @questions, answer = @answer, updated_by = @author, updated_at = @at
                WHERE id = @id RETURNING {EntryColumns};
                """,
                ("id", id),
                ("questions", LearnedJson.Questions(phrasings)),
                ("answer", answer),
                ("author", author),
                ("at", Dialect.Time(at)));
            var after = await update.ReadOneAsync(ReadEntry, ct).ConfigureAwait(false);
            await RecordChangeAsync(connection, LearnedChangeKind.EntryEdited, id, author, at, before, after, null, ct).ConfigureAwait(false);
            return after;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteLearnedEntryAsync(string id, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.WriteAsync("delete a learned entry", Durability.Full, async (connection, ct) =>
        {
            using var delete = connection.Command($"DELETE FROM learned_entries WHERE id = @id RETURNING {EntryColumns};", ("id", id));
            if (await delete.ReadOneAsync(ReadEntry, ct).ConfigureAwait(false) is not { } before)
            {
                return false;
            }

            await RecordChangeAsync(connection, LearnedChangeKind.EntryDeleted, id, author, at, before, null, null, ct).ConfigureAwait(false);

            // Its phrasings go with it, each recorded, so undoing the deletion can bring them back too.
            using var phrasings = connection.Command($"DELETE FROM learned_phrasings WHERE entry_id = @id RETURNING {PhrasingColumns};", ("id", id));
            foreach (var phrasing in await phrasings.ReadAllAsync(ReadPhrasing, ct).ConfigureAwait(false))
            {
                await RecordChangeAsync(connection, LearnedChangeKind.PhrasingDeleted, id, author, at, null, null, phrasing.Question, ct).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<LearnedPhrasing> AddLearnedPhrasingAsync(string entryId, string question, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(entryId);
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.WriteAsync("add a learned phrasing", Durability.Full, async (connection, ct) =>
        {
            using var insert = connection.Command(
                $"INSERT INTO learned_phrasings (entry_id, question, created_by, created_at) VALUES (@entry, @question, @author, @at) RETURNING {PhrasingColumns};",
                ("entry", entryId),
                ("question", question),
                ("author", author),
                ("at", Dialect.Time(at)));
            var phrasing = await insert.ReadOneAsync(ReadPhrasing, ct).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The new learned phrasing was not returned by its insert.");
            await RecordChangeAsync(connection, LearnedChangeKind.PhrasingAdded, entryId, author, at, null, null, question, ct).ConfigureAwait(false);
            return phrasing;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteLearnedPhrasingAsync(long id, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.WriteAsync("delete a learned phrasing", Durability.Full, async (connection, ct) =>
        {
            using var delete = connection.Command($"DELETE FROM learned_phrasings WHERE id = @id RETURNING {PhrasingColumns};", ("id", id));
            if (await delete.ReadOneAsync(ReadPhrasing, ct).ConfigureAwait(false) is not { } phrasing)
            {
                return false;
            }

            await RecordChangeAsync(connection, LearnedChangeKind.PhrasingDeleted, phrasing.EntryId, author, at, null, null, phrasing.Question, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static string[] RequirePhrasings(IReadOnlyList<string> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count == 0)
        {
            throw new ArgumentException("A learned entry needs at least one question.", nameof(questions));
        }

        foreach (var question in questions)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(question, nameof(questions));
        }

        return [.. questions];
    }

    /// <summary>
    /// Every change goes through here: it is logged with who made it, when and what it was, and bumps the version in
    /// the same transaction, so no change can be made without replicas learning of it.
    /// </summary>
    private async Task RecordChangeAsync(DbConnection connection, LearnedChangeKind kind, string entryId, string author, DateTimeOffset at, LearnedEntry? before, LearnedEntry? after, string? phrasing, CancellationToken cancellationToken)
    {
        using var record = connection.Command(
            """
            INSERT INTO learned_changes (kind, entry_id, author, at, entry_before, entry_after, phrasing)
            VALUES (@kind, @entry, @author, @at, @before, @after, @phrasing);
            UPDATE learned_version SET version = version + 1 WHERE id = 1;
            """,
            ("kind", kind.ToString()),
            ("entry", entryId),
            ("author", author),
            ("at", Dialect.Time(at)),
            ("before", LearnedJson.Entry(before)),
            ("after", LearnedJson.Entry(after)),
            ("phrasing", phrasing));
        await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
