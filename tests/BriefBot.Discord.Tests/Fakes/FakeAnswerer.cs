using System.Collections.Concurrent;
using BriefBot.Core.Chat;
using BriefBot.Core.Replies;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>An answerer that records what it was asked and replies as the test says.</summary>
public sealed class FakeAnswerer : IAnswerer
{
    public const string EntryId = "faq-0123456789ab";

    public ConcurrentQueue<Question> Questions { get; } = new();

    public ConcurrentQueue<Feedback> Feedback { get; } = new();

    public Func<Question, Reply> Reply { get; set; } = q => Answered(q.Text, "Ukraine may use GMLRS and HIMARS systems for cross-border strikes.");

    public Func<string, int, IReadOnlyList<string>> Complete { get; set; } = (_, max) => [.. Enumerable.Range(1, max).Select(i => $"Question {i}?")];

    public List<string> Completions { get; } = [];

    public static Reply Answered(string question, string quote, string? answer = null) =>
        new(question, true, answer ?? quote, new Quote(quote, new SourceRef("Ukraine strike authorization", "A Strategic Pivot", "ukraine-strike-authorization.txt")), 87, [], EntryId);

    public ValueTask<Reply> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        Questions.Enqueue(question);
        return ValueTask.FromResult(Reply(question));
    }

    public IReadOnlyList<string> Autocomplete(string partial, int max)
    {
        lock (Completions)
        {
            Completions.Add(partial);
        }

        return Complete(partial, max);
    }

    public ValueTask RecordFeedbackAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        Feedback.Enqueue(feedback);
        return ValueTask.CompletedTask;
    }
}
