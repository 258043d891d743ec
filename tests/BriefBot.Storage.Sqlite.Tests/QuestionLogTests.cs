using BriefBot.Storage.Contract;

namespace BriefBot.Storage.Sqlite.Tests;

public sealed class QuestionLogTests : IDisposable
{
    private static readonly DateTimeOffset T0 = StoreContract.T0;
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task Times_are_stored_as_UTC_text_keeping_every_tick()
    {
        var store = await db.OpenAsync();
        var berlin = new DateTimeOffset(2025, 3, 30, 3, 15, 7, TimeSpan.FromHours(2)).AddTicks(1234567);
        await store.RecordQuestionAsync(new(berlin, "slack", "C1", null, "Time?", false, null, 0), CancellationToken.None);

        var question = Assert.Single(await store.GetQuestionsAsync(berlin.ToOffset(TimeSpan.FromHours(-5)), berlin.AddTicks(1), CancellationToken.None));

        Assert.Equal(berlin, question.At);
        Assert.Equal(berlin.UtcTicks, question.At.UtcTicks);
        Assert.Equal(TimeSpan.Zero, question.At.Offset);
        Assert.Equal("2025-03-30T01:15:07.1234567Z", db.Scalar("SELECT at FROM questions;"));
    }

    [Fact]
    public async Task Feedback_keeps_where_and_by_whom_it_was_given()
    {
        var store = await db.OpenAsync();

        await store.RecordFeedbackAsync(new("deadline", false, "discord", "42", "hash-x"), T0, CancellationToken.None);

        using var connection = db.Raw();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, entry_id, helpful, platform, channel, asker_hash FROM feedback;";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("2025-03-28T09:00:00.0000000Z", "deadline", 0L, "discord", "42", "hash-x"), (reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
    }
}
