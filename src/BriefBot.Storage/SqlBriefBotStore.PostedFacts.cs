using BriefBot.Core.Storage;

namespace BriefBot.Storage;

public abstract partial class SqlBriefBotStore
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

        // One transaction, so a reader sees the previous digest's facts or the new ones, never a mix or none. The
        // digest row is written first: on a server database its row lock makes a second replica saving the same
        // channel wait for this commit, and its DELETE (a new statement, so a new snapshot) then sees these facts.
        await database.WriteAsync("save a channel's posted facts", Durability.Full, async (connection, ct) =>
        {
            using (var replace = connection.Command(
                """
                INSERT INTO posted_digests (platform, channel, at) VALUES (@platform, @channel, @at)
                ON CONFLICT (platform, channel) DO UPDATE SET at = excluded.at;
                DELETE FROM posted_facts WHERE platform = @platform AND channel = @channel;
                """,
                ("platform", platform),
                ("channel", channel),
                ("at", Dialect.Time(at))))
            {
                await replace.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            using var insert = connection.Command(
                """
                INSERT INTO posted_facts (platform, channel, position, file, document, section, text)
                VALUES (@platform, @channel, @position, @file, @document, @section, @text);
                """,
                ("platform", platform),
                ("channel", channel));
            var position = insert.AddParameter("position", 0);
            var file = insert.AddParameter("file", "");
            var document = insert.AddParameter("document", "");
            var section = insert.AddParameter("section", "");
            var text = insert.AddParameter("text", "");
            for (var i = 0; i < facts.Count; i++)
            {
                position.Value = i;
                file.Value = facts[i].File;
                document.Value = facts[i].Document;
                section.Value = (object?)facts[i].Section ?? DBNull.Value;
                text.Value = facts[i].Text;
                await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            return facts.Count;
        }, cancellationToken).ConfigureAwait(false);
    }
}
