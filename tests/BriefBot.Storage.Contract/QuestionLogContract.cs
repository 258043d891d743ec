using BriefBot.Core.Chat;
using BriefBot.Core.Storage;

namespace BriefBot.Storage.Contract;

public abstract class QuestionLogContract(IStoreHarness harness) : StoreContract(harness)
{
    [StoreFact]
    public async Task Questions_are_read_back_oldest_first_in_a_half_open_range()
    {
        var store = await OpenAsync();
        var late = new AskedQuestion(T0.AddHours(1), "discord", "42", "hash-b", "Who runs the session?", true, "owner", 88);
        var early = new AskedQuestion(T0, "slack", "C1", "hash-a", "When is the deadline?", false, "deadline", 41);
        var atEnd = new AskedQuestion(T0.AddHours(2), "slack", "C1", null, "Parking?", false, null, 0);
        foreach (var question in new[] { late, early, atEnd })
        {
            await store.RecordQuestionAsync(question, CancellationToken.None);
        }

        var read = await store.GetQuestionsAsync(T0, T0.AddHours(2), CancellationToken.None);

        Assert.Equal([early, late], read);
        Assert.Equal([atEnd], await store.GetQuestionsAsync(T0.AddHours(2), T0.AddHours(3), CancellationToken.None));
        Assert.Empty(await store.GetQuestionsAsync(T0.AddTicks(1), T0.AddHours(1), CancellationToken.None));
        Assert.Equal([early], await store.GetQuestionsAsync(T0, T0.AddTicks(1), CancellationToken.None));
    }

    [StoreFact]
    public async Task Each_question_keeps_the_knowledge_folder_it_was_asked_of()
    {
        var store = await OpenAsync();
        var travel = new AskedQuestion(T0, "slack", "C1", null, "Per diem?", false, null, 0) { Knowledge = "/srv/knowledge/travel" };
        var helpdesk = new AskedQuestion(T0.AddMinutes(1), "slack", "C1", null, "VPN?", false, null, 0) { Knowledge = "/srv/knowledge/helpdesk" };
        var older = new AskedQuestion(T0.AddMinutes(2), "slack", "C1", null, "Before folders were kept", false, null, 0);
        foreach (var question in new[] { travel, helpdesk, older })
        {
            await store.RecordQuestionAsync(question, CancellationToken.None);
        }

        var read = await (await OpenAsync()).GetQuestionsAsync(T0, T0.AddHours(1), CancellationToken.None);

        Assert.Equal([travel, helpdesk, older], read);
        Assert.Equal(["Per diem?", "Before folders were kept"], read.Where(q => q.WasAskedOf("/srv/knowledge/travel")).Select(q => q.Text));
    }

    [StoreFact]
    public async Task The_widest_range_reads_everything()
    {
        var store = await OpenAsync();
        await store.RecordQuestionAsync(new(DateTimeOffset.MinValue, "slack", "C1", null, "First", false, null, 0), CancellationToken.None);
        await store.RecordQuestionAsync(new(T0, "slack", "C1", null, "Now", false, null, 0), CancellationToken.None);

        var read = await store.GetQuestionsAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None);

        Assert.Equal(["First", "Now"], read.Select(q => q.Text));
    }

    // To the microsecond: PostgreSQL's timestamptz keeps no finer; SQLite keeps every tick.
    [StoreFact]
    public async Task Times_with_any_offset_round_trip_to_the_same_instant_in_UTC()
    {
        var store = await OpenAsync();
        var berlin = new DateTimeOffset(2025, 3, 30, 3, 15, 7, TimeSpan.FromHours(2)).AddTicks(1234560);
        await store.RecordQuestionAsync(new(berlin, "slack", "C1", null, "Time?", false, null, 0), CancellationToken.None);

        var question = Assert.Single(await store.GetQuestionsAsync(berlin.ToOffset(TimeSpan.FromHours(-5)), berlin.AddTicks(1), CancellationToken.None));

        Assert.Equal(berlin, question.At);
        Assert.Equal(TimeSpan.Zero, question.At.Offset);
    }

    [StoreFact]
    public async Task Feedback_is_tallied_per_entry_in_a_half_open_range()
    {
        var store = await OpenAsync();
        await store.RecordFeedbackAsync(new("deadline", true, "slack", "C1", "h1"), T0, CancellationToken.None);
        await store.RecordFeedbackAsync(new("deadline", true, "discord", "42", "h2"), T0.AddMinutes(5), CancellationToken.None);
        await store.RecordFeedbackAsync(new("deadline", false, "slack", "C1", "h3"), T0.AddMinutes(10), CancellationToken.None);
        await store.RecordFeedbackAsync(new("venue", false, "slack", "C2", null), T0.AddMinutes(59), CancellationToken.None);
        await store.RecordFeedbackAsync(new("venue", false, "slack", "C2", null), T0.AddHours(1), CancellationToken.None);
        await store.RecordFeedbackAsync(new("owner", true, "slack", "C2", null), T0.AddTicks(-10), CancellationToken.None);
        await store.RecordFeedbackAsync(new("Zeta", true, "slack", "C2", null), T0, CancellationToken.None);

        var tallies = await store.GetFeedbackAsync(T0, T0.AddHours(1), CancellationToken.None);

        // Entry ids in ordinal order, whatever the database's collation: "Zeta" before "deadline".
        Assert.Equal([new FeedbackTally("Zeta", 1, 0), new FeedbackTally("deadline", 2, 1), new FeedbackTally("venue", 0, 1)], tallies);
    }

    [StoreFact]
    public async Task Feedback_is_tallied_for_one_knowledge_folder_with_the_clicks_of_no_known_folder()
    {
        var store = await OpenAsync();
        await store.RecordFeedbackAsync(new("deadline", false, "slack", "C1", "h1") { Knowledge = "/srv/knowledge/travel" }, T0, CancellationToken.None);
        await store.RecordFeedbackAsync(new("deadline", false, "slack", "C1", "h2") { Knowledge = "/srv/knowledge/helpdesk" }, T0, CancellationToken.None);
        await store.RecordFeedbackAsync(new("deadline", true, "slack", "C1", "h3"), T0, CancellationToken.None);
        await store.RecordFeedbackAsync(new("vpn", false, "slack", "C1", "h4") { Knowledge = "/srv/knowledge/helpdesk" }, T0, CancellationToken.None);

        var travel = await store.GetFeedbackAsync(T0, T0.AddHours(1), "/srv/knowledge/travel", CancellationToken.None);
        var everything = await store.GetFeedbackAsync(T0, T0.AddHours(1), CancellationToken.None);

        Assert.Equal([new FeedbackTally("deadline", 1, 1)], travel);
        Assert.Equal([new FeedbackTally("deadline", 1, 2), new FeedbackTally("vpn", 0, 1)], everything);
    }

    [StoreFact]
    public async Task Questions_recorded_by_many_channels_on_two_replicas_are_all_read_by_either()
    {
        IBriefBotStore[] replicas = [await OpenAsync(), await OpenAsync()];

        await RaceAsync(replicas, 64, async (store, i) =>
        {
            await store.RecordQuestionAsync(new(T0.AddSeconds(i), "slack", $"C{i % 8}", null, $"Question {i}", false, null, i), CancellationToken.None);
            return i;
        });

        foreach (var store in replicas)
        {
            var read = await store.GetQuestionsAsync(T0, T0.AddHours(1), CancellationToken.None);
            Assert.Equal(Enumerable.Range(0, 64), read.Select(q => q.Confidence));
        }
    }

    [StoreFact]
    public async Task A_cancelled_operation_is_a_cancellation_not_a_storage_failure()
    {
        var store = await OpenAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await store.RecordQuestionAsync(new(T0, "slack", "C1", null, "Never", false, null, 0), cancelled.Token));
    }
}
