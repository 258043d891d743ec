using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Chat;

public sealed class AnswererTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    private static KnowledgeSource DefaultKnowledge()
    {
        var source = new KnowledgeSource(
            Options.Create(new KnowledgeOptions { Path = TestKnowledge.DefaultFolder }),
            Options.Create(new MatchingOptions()),
            NullLogger<KnowledgeSource>.Instance);
        source.Serve(TestKnowledge.Default());
        return source;
    }

    [Fact]
    public async Task Records_every_question_with_a_hashed_asker_and_the_best_entry_even_when_declining()
    {
        var log = new RecordingQuestionLog();
        var answerer = new Answerer(DefaultKnowledge(), log, new HmacAskerHasher(new byte[32]), time, NullLogger<Answerer>.Instance);

        var answered = await answerer.AnswerAsync(new Question("What is HIMARS?", "slack", "C1", "U123"), CancellationToken.None);
        var declined = await answerer.AnswerAsync(new Question("How many casualties were there in Kharkiv?", "slack", "C1", "U123"), CancellationToken.None);

        Assert.True(answered.Answered);
        Assert.False(declined.Answered);
        Assert.Equal(2, log.Questions.Count);
        var first = log.Questions[0];
        Assert.Equal((time.GetUtcNow(), "slack", "C1", true, answered.EntryId, answered.Confidence), (first.At, first.Platform, first.Channel, first.Answered, first.EntryId, first.Confidence));
        Assert.NotNull(first.AskerHash);
        Assert.DoesNotContain("U123", first.AskerHash, StringComparison.Ordinal);
        Assert.Equal(first.AskerHash, log.Questions[1].AskerHash);
        Assert.False(log.Questions[1].Answered);
    }

    [Fact]
    public async Task A_40000_character_message_is_answered_from_its_start_and_remembered_in_bounds()
    {
        var log = new RecordingQuestionLog();
        var answerer = new Answerer(DefaultKnowledge(), log, HmacAskerHasher.WithRandomKey(), time, NullLogger<Answerer>.Instance);
        var message = "What is HIMARS?" + new string(' ', 2_000) + string.Concat(Enumerable.Repeat("lorem ipsum ", 3_200));

        var reply = await answerer.AnswerAsync(new Question(message, "slack", "C1", "U1"), CancellationToken.None);

        Assert.True(reply.Answered);
        Assert.StartsWith("HIMARS stands for", reply.Answer, StringComparison.Ordinal);
        Assert.InRange(Assert.Single(log.Questions).Text.Length, 1, ChatLimits.MaxQuestionLength);
    }

    [Fact]
    public async Task A_long_message_with_its_question_after_the_limit_is_answered_from_that_question()
    {
        var answerer = new Answerer(DefaultKnowledge(), new RecordingQuestionLog(), HmacAskerHasher.WithRandomKey(), time, NullLogger<Answerer>.Instance);
        var message = string.Concat(Enumerable.Repeat("Here is the thread I was reading this morning. ", 40)) + "So what is HIMARS?";

        var reply = await answerer.AnswerAsync(new Question(message, "slack", "C1", "U1"), CancellationToken.None);

        Assert.True(message.Length > ChatLimits.MaxQuestionLength);
        Assert.True(reply.Answered);
        Assert.StartsWith("HIMARS stands for", reply.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_message_with_no_question_in_it_is_told_so_not_declined_as_unknown()
    {
        var log = new RecordingQuestionLog();
        var answerer = new Answerer(DefaultKnowledge(), log, HmacAskerHasher.WithRandomKey(), time, NullLogger<Answerer>.Instance);
        var message = string.Concat(Enumerable.Repeat("HIMARS GMLRS Kharkiv strike policy ", 40));

        var reply = await answerer.AnswerAsync(new Question(message, "slack", "C1", "U1"), CancellationToken.None);

        Assert.False(reply.Answered);
        Assert.Equal(Reply.TooLongText, reply.DeclineText);
        Assert.Contains("too long", reply.DeclineText, StringComparison.Ordinal);
        Assert.False(Assert.Single(log.Questions).Answered);
    }

    [Fact]
    public async Task A_failing_question_log_does_not_cost_the_user_the_reply()
    {
        var answerer = new Answerer(DefaultKnowledge(), new FailingQuestionLog(), HmacAskerHasher.WithRandomKey(), time, NullLogger<Answerer>.Instance);

        var reply = await answerer.AnswerAsync(new Question("What is HIMARS?", "discord", "1", "2"), CancellationToken.None);

        Assert.True(reply.Answered);
    }

    [Fact]
    public async Task A_failing_question_log_shows_in_the_store_health_until_a_write_works_again()
    {
        var store = new BriefBot.Core.Operations.StoreHealth(time);
        var failing = new Answerer(DefaultKnowledge(), new FailingQuestionLog(), HmacAskerHasher.WithRandomKey(), time, NullLogger<Answerer>.Instance, store: store);
        var working = new Answerer(DefaultKnowledge(), new NullQuestionLog(), HmacAskerHasher.WithRandomKey(), time, NullLogger<Answerer>.Instance, store: store);

        await failing.AnswerAsync(new Question("What is HIMARS?", "discord", "1", "2"), CancellationToken.None);
        var failure = Assert.IsType<BriefBot.Core.Operations.StoreFailure>(store.Failure);
        Assert.Equal("question", failure.What);
        Assert.Contains("disk full", failure.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("HIMARS", failure.Error, StringComparison.Ordinal);

        await working.AnswerAsync(new Question("What is HIMARS?", "discord", "1", "2"), CancellationToken.None);
        Assert.Null(store.Failure);
    }

    [Fact]
    public async Task Feedback_is_recorded_with_the_asker_hashed()
    {
        var log = new RecordingQuestionLog();
        var answerer = new Answerer(DefaultKnowledge(), log, new HmacAskerHasher(new byte[32]), time, NullLogger<Answerer>.Instance);

        await answerer.RecordFeedbackAsync(new Feedback("fact-1", false, "slack", "C1", "U123"), CancellationToken.None);

        var (feedback, at) = Assert.Single(log.Feedback);
        Assert.Equal("fact-1", feedback.EntryId);
        Assert.False(feedback.Helpful);
        Assert.NotEqual("U123", feedback.User);
        Assert.Equal(time.GetUtcNow(), at);
    }

    private sealed class RecordingQuestionLog : IQuestionLog
    {
        public List<AskedQuestion> Questions { get; } = [];

        public List<(Feedback, DateTimeOffset)> Feedback { get; } = [];

        public ValueTask RecordQuestionAsync(AskedQuestion question, CancellationToken cancellationToken)
        {
            Questions.Add(question);
            return ValueTask.CompletedTask;
        }

        public ValueTask RecordFeedbackAsync(Feedback feedback, DateTimeOffset at, CancellationToken cancellationToken)
        {
            Feedback.Add((feedback, at));
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FailingQuestionLog : IQuestionLog
    {
        public ValueTask RecordQuestionAsync(AskedQuestion question, CancellationToken cancellationToken) =>
            throw new IOException("disk full");

        public ValueTask RecordFeedbackAsync(Feedback feedback, DateTimeOffset at, CancellationToken cancellationToken) =>
            throw new IOException("disk full");
    }
}
