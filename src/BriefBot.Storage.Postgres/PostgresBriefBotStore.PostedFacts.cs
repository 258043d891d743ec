using BriefBot.Core.Storage;

namespace BriefBot.Storage.Postgres;

public sealed partial class PostgresBriefBotStore
{
    public async Task<IReadOnlyList<PostedFact>?> GetPostedFactsAsync(string platform, string channel, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(channel);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.RunAsync("read a channel's posted facts", async (connection, ct) =>
        {
            // The left join yields one row of nulls for a digest that had no facts, and no row for a channel that never
            // had one. One statement reads one snapshot, so it sees the previous save or the next, never a mix.
            using var command = connection.Command(
                """
                SELECT f.file, f.document, f.section, f.text
                FROM posted_digests d LEFT JOIN posted_facts f ON f.platform = d.platform AND f.channel = d.channel
                WHERE d.platform = @platform AND d.channel = @channel
                ORDER BY f.position;
                """,
                ("platform", platform),
                ("channel", channel));
            using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            List<PostedFact>? facts = null;
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                facts ??= [];
                if (!reader.IsDBNull(0))
                {
                    facts.Add(new PostedFact(reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetString(3)));
                }
            }

            return (IReadOnlyList<PostedFact>?)facts;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task SavePostedFactsAsync(string platform, string channel, DateTimeOffset at, IReadOnlyList<PostedFact> facts, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform);
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(facts);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        // The digest row is written first: its row lock makes a second replica saving the same channel wait for this
        // commit, and its DELETE (a new statement, so a new snapshot) then sees and removes these facts.
        await database.TransactionAsync("save a channel's posted facts", async (connection, ct) =>
        {
            using var replace = connection.Command(
                """
                INSERT INTO posted_digests (platform, channel, at) VALUES (@platform, @channel, @at)
                ON CONFLICT (platform, channel) DO UPDATE SET at = excluded.at;
                DELETE FROM posted_facts WHERE platform = @platform AND channel = @channel;
                INSERT INTO posted_facts (platform, channel, position, file, document, section, text)
                SELECT @platform, @channel, f.position - 1, f.file, f.document, f.section, f.text
                FROM unnest(@files, @documents, @sections, @texts) WITH ORDINALITY AS f (file, document, section, text, position);
                """,
                ("platform", platform),
                ("channel", channel),
                ("at", StoredTime.ToStored(at)),
                ("files", facts.Select(f => f.File).ToArray()),
                ("documents", facts.Select(f => f.Document).ToArray()),
                ("sections", facts.Select(f => f.Section).ToArray()),
                ("texts", facts.Select(f => f.Text).ToArray()));
            return await replace.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }
}
