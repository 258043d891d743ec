using BriefBot.Core.Chat;
using BriefBot.Core.Storage;

namespace BriefBot.Storage;

public abstract partial class SqlBriefBotStore
{
    public async ValueTask RecordQuestionAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await database.RunAsync("record a question", Durability.Normal, async (connection, ct) =>
        {
            using var command = connection.Command(
                """
                INSERT INTO questions (at, platform, channel, asker_hash, text, answered, entry_id, confidence, knowledge)
                VALUES (@at, @platform, @channel, @asker, @text, @answered, @entry, @confidence, @knowledge);
                """,
                ("at", Dialect.Time(question.At)),
                ("platform", question.Platform),
                ("channel", question.Channel),
                ("asker", question.AskerHash),
                ("text", question.Text),
                ("answered", question.Answered),
                ("entry", question.EntryId),
                ("confidence", question.Confidence),
                ("knowledge", question.Knowledge));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a click. <see cref="Feedback.User"/> arrives already hashed by Core's Answerer and is stored as the asker hash.</summary>
    public async ValueTask RecordFeedbackAsync(Feedback feedback, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await database.RunAsync("record feedback", Durability.Normal, async (connection, ct) =>
        {
            using var command = connection.Command(
                """
                INSERT INTO feedback (at, entry_id, helpful, platform, channel, asker_hash, knowledge)
                VALUES (@at, @entry, @helpful, @platform, @channel, @asker, @knowledge);
                """,
                ("at", Dialect.Time(at)),
                ("entry", feedback.EntryId),
                ("helpful", feedback.Helpful),
                ("platform", feedback.Platform),
                ("channel", feedback.Channel),
                ("asker", feedback.User),
                ("knowledge", feedback.Knowledge));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AskedQuestion>> GetQuestionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.RunAsync("read questions", async (connection, ct) =>
        {
            using var command = connection.Command(
                """
                SELECT at, platform, channel, asker_hash, text, answered, entry_id, confidence, knowledge
                FROM questions WHERE at >= @from AND at < @to ORDER BY at, id;
                """,
                ("from", Dialect.TimeBound(from)),
                ("to", Dialect.TimeBound(to)));
            return (IReadOnlyList<AskedQuestion>)await command.ReadAllAsync(
                reader => new AskedQuestion(
                    Dialect.ReadTime(reader, 0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetNullableString(3),
                    reader.GetString(4),
                    reader.GetBoolean(5),
                    reader.GetNullableString(6),
                    reader.GetInt32(7))
                {
                    Knowledge = reader.GetNullableString(8),
                },
                ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<FeedbackTally>> GetFeedbackAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        ReadFeedbackAsync(from, to, null, cancellationToken);

    public Task<IReadOnlyList<FeedbackTally>> GetFeedbackAsync(DateTimeOffset from, DateTimeOffset to, string knowledge, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(knowledge);
        return ReadFeedbackAsync(from, to, knowledge, cancellationToken);
    }

    private async Task<IReadOnlyList<FeedbackTally>> ReadFeedbackAsync(DateTimeOffset from, DateTimeOffset to, string? knowledge, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);

        // The folder's condition is left out rather than bound as NULL: PostgreSQL cannot type a parameter only compared with NULL.
        var ofFolder = knowledge is null ? "" : " AND (knowledge IS NULL OR knowledge = @knowledge)";
        var tallies = await database.RunAsync("read feedback", async (connection, ct) =>
        {
            using var command = connection.Command(
                $"""
                SELECT entry_id, SUM(CASE WHEN helpful THEN 1 ELSE 0 END), SUM(CASE WHEN helpful THEN 0 ELSE 1 END)
                FROM feedback WHERE at >= @from AND at < @to{ofFolder} GROUP BY entry_id;
                """,
                ("from", Dialect.TimeBound(from)),
                ("to", Dialect.TimeBound(to)));
            if (knowledge is not null)
            {
                command.AddParameter("knowledge", knowledge);
            }

            return await command.ReadAllAsync(
                reader => new FeedbackTally(reader.GetString(0), checked((int)reader.GetInt64(1)), checked((int)reader.GetInt64(2))),
                ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);

        // Entry ids in ordinal order here rather than in SQL, where the order would follow the database's collation.
        return [.. tallies.OrderBy(t => t.EntryId, StringComparer.Ordinal)];
    }
}
