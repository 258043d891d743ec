using BriefBot.Core.Replies;

namespace BriefBot.Core.Chat;

/// <summary>What every adapter calls: answer a question, complete a half-typed one, record feedback.</summary>
public interface IAnswerer
{
    /// <summary>Answers a question from the current knowledge and records that it was asked.</summary>
    ValueTask<Reply> AnswerAsync(Question question, CancellationToken cancellationToken);

    /// <summary>Knowledge-base questions that fit what has been typed so far (Discord's autocomplete).</summary>
    IReadOnlyList<string> Autocomplete(string partial, int max);

    /// <summary>Records a "Helpful" / "Not helpful" click.</summary>
    ValueTask RecordFeedbackAsync(Feedback feedback, CancellationToken cancellationToken);
}
