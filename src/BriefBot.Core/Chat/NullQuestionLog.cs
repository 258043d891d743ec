namespace BriefBot.Core.Chat;

/// <summary>A question log that remembers nothing, for commands that only read (ask, eval).</summary>
public sealed class NullQuestionLog : IQuestionLog
{
    public ValueTask RecordQuestionAsync(AskedQuestion question, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask RecordFeedbackAsync(Feedback feedback, DateTimeOffset at, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
