namespace BriefBot.Core.Chat;

/// <summary>Where asked questions and feedback are remembered.</summary>
public interface IQuestionLog
{
    ValueTask RecordQuestionAsync(AskedQuestion question, CancellationToken cancellationToken);

    ValueTask RecordFeedbackAsync(Feedback feedback, DateTimeOffset at, CancellationToken cancellationToken);
}
