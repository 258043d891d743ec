using System.Collections.Concurrent;
using BriefBot.Core.Chat;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>A question log that keeps what the real Answerer records, so tests see feedback arrive.</summary>
public sealed class RecordingQuestionLog : IQuestionLog
{
    private readonly ConcurrentQueue<AskedQuestion> questions = new();
    private readonly ConcurrentQueue<Feedback> feedback = new();

    public IReadOnlyList<AskedQuestion> Questions => [.. questions];

    public IReadOnlyList<Feedback> Feedback => [.. feedback];

    public ValueTask RecordQuestionAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        questions.Enqueue(question);
        return ValueTask.CompletedTask;
    }

    public ValueTask RecordFeedbackAsync(Feedback feedback, DateTimeOffset at, CancellationToken cancellationToken)
    {
        this.feedback.Enqueue(feedback);
        return ValueTask.CompletedTask;
    }
}
