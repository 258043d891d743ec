using System.Data.Common;
using BriefBot.Core.Storage;

namespace BriefBot.Storage;

/// <summary>
/// Learned entries and phrasings: what authors taught the bot, shared by every replica. Every change is one write
/// transaction that also records the change (who, when, what it was) and bumps <c>learned_version</c>, so a replica
/// that reads a version reads the rows of that version, and one that sees the version move knows to reload.
/// </summary>
public abstract partial class SqlBriefBotStore : ILearnedEntryStore
{
    private const string EntryColumns = "id, questions, answer, created_by, created_at, updated_by, updated_at";
    private const string PhrasingColumns = "id, entry_id, question, created_by, created_at";

    public async Task<LearnedKnowledge> GetLearnedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot, so the version read is the version of the entries and phrasings read with it.
        return await database.ReadSnapshotAsync("read the learned entries", async (connection, ct) =>
        {
            var version = await ReadLearnedVersionAsync(connection, ct).ConfigureAwait(false);
            using var entries = connection.Command($"SELECT {EntryColumns} FROM learned_entries ORDER BY created_at, id;");
            using var phrasings = connection.Command($"SELECT {PhrasingColumns} FROM learned_phrasings ORDER BY id;");
            return new LearnedKnowledge(
                version,
                await entries.ReadAllAsync(ReadEntry, ct).ConfigureAwait(false),
                await phrasings.ReadAllAsync(ReadPhrasing, ct).ConfigureAwait(false));
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> GetLearnedVersionAsync(CancellationToken cancellationToken = default)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.RunAsync("read the learned version", ReadLearnedVersionAsync, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<LearnedChange>> GetLearnedChangesAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.RunAsync("read the learned changes", async (connection, ct) =>
        {
            using var select = connection.Command(
                "SELECT id, kind, entry_id, author, at, entry_before, entry_after, phrasing FROM learned_changes ORDER BY id DESC LIMIT @max;",
                ("max", max));
            return (IReadOnlyList<LearnedChange>)await select.ReadAllAsync(ReadChange, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> ReadLearnedVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        using var select = connection.Command("SELECT version FROM learned_version WHERE id = 1;");
        return Convert.ToInt64(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private LearnedEntry ReadEntry(DbDataReader reader) => new(
        reader.GetString(0),
        LearnedJson.ReadQuestions(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        Dialect.ReadTime(reader, 4),
        reader.GetString(5),
        Dialect.ReadTime(reader, 6));

    private LearnedChange ReadChange(DbDataReader reader) => new(
        reader.GetInt64(0),
        Enum.Parse<LearnedChangeKind>(reader.GetString(1)),
        reader.GetString(2),
        reader.GetString(3),
        Dialect.ReadTime(reader, 4),
        LearnedJson.ReadEntry(reader.GetNullableString(5)),
        LearnedJson.ReadEntry(reader.GetNullableString(6)),
        reader.GetNullableString(7));

    private LearnedPhrasing ReadPhrasing(DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Dialect.ReadTime(reader, 4));
}
