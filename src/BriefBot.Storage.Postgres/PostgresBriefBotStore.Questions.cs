using BriefBot.Core.Chat;
using BriefBot.Core.Storage;

namespace BriefBot.Storage.Postgres;

public sealed partial class PostgresBriefBotStore
{
    public async ValueTask RecordQuestionAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await database.RunAsync("record a question", async (connection, ct) =>
        {
            using var command = connection.Command(
                """
                INSERT INTO questions (at, platform, channel, asker_hash, text, answered, entry_id, confidence)
                VALUES (@at, @platform, @channel, @asker, @text, @answered, @entry, @confidence);
                """,
                ("at", StoredTime.ToStored(question.At)),
                ("platform", question.Platform),
                ("channel", question.Channel),
                ("asker", question.AskerHash),
                ("text", question.Text),
                ("answered", question.Answered),
                ("entry", question.EntryId),
                ("confidence", question.Confidence));
            return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a click. <see cref="Feedback.User"/> arrives already hashed by Core's Answerer and is stored as the asker hash.</summary>
    public async ValueTask RecordFeedbackAsync(Feedback feedback, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        await database.RunAsync("record feedback", async (connection, ct) =>
        {
            using var command = connection.Command(
                """
                INSERT INTO feedback (at, entry_id, helpful, platform, channel, asker_hash)
                VALUES (@at, @entry, @helpful, @platform, @channel, @asker);
                """,
                ("at", StoredTime.ToStored(at)),
                ("entry", feedback.EntryId),
                ("helpful", feedback.Helpful),
                ("platform", feedback.Platform),
                ("channel", feedback.Channel),
                ("asker", feedback.User));
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
                SELECT at, platform, channel, asker_hash, text, answered, entry_id, confidence
                FROM questions WHERE at >= @from AND at < @to ORDER BY at, id;
                """,
                ("from", StoredTime.ToBound(from)),
                ("to", StoredTime.ToBound(to)));
            using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var questions = new List<AskedQuestion>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                questions.Add(new AskedQuestion(
                    reader.GetFieldValue<DateTimeOffset>(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetNullableString(3),
                    reader.GetString(4),
                    reader.GetBoolean(5),
                    reader.GetNullableString(6),
                    reader.GetInt32(7)));
            }

            return (IReadOnlyList<AskedQuestion>)questions;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackTally>> GetFeedbackAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken).ConfigureAwait(false);
        return await database.RunAsync("read feedback", async (connection, ct) =>
        {
            // COLLATE "C" orders entry ids by their bytes, as SQLite does, whatever the database's locale.
            using var command = connection.Command(
                """
                SELECT entry_id, count(*) FILTER (WHERE helpful), count(*) FILTER (WHERE NOT helpful)
                FROM feedback WHERE at >= @from AND at < @to GROUP BY entry_id ORDER BY entry_id COLLATE "C";
                """,
                ("from", StoredTime.ToBound(from)),
                ("to", StoredTime.ToBound(to)));
            using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            var tallies = new List<FeedbackTally>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                tallies.Add(new FeedbackTally(reader.GetString(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2)));
            }

            return (IReadOnlyList<FeedbackTally>)tallies;
        }, cancellationToken).ConfigureAwait(false);
    }
}
