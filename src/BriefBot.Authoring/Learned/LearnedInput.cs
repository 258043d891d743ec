using BriefBot.Core.Chat;

namespace BriefBot.Authoring.Learned;

/// <summary>
/// What an author may write: at least one phrasing, each no longer than a chat question is matched on, and an
/// answer short enough to fit every platform's reply. Phrasings are trimmed and repeated ones dropped.
/// </summary>
public static class LearnedInput
{
    public const int MaxQuestionLength = ChatLimits.MaxQuestionLength;
    public const int MaxQuestions = 50;

    // Slack's section text and Discord's embed description both take more; the quote repeats the answer.
    public const int MaxAnswerLength = 2_000;

    public static (IReadOnlyList<string> Questions, string Answer, InputError? Error) Check(IReadOnlyList<string> questions, string? answer)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var kept = new List<string>();
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i].Trim();
            if (question.Length == 0)
            {
                continue;
            }

            if (CheckQuestion(question, $"questions[{i}]") is { } error)
            {
                return ([], "", error);
            }

            if (!kept.Contains(question, StringComparer.OrdinalIgnoreCase))
            {
                kept.Add(question);
            }
        }

        if (kept.Count == 0)
        {
            return ([], "", new InputError("questions", "Give at least one question the answer is for."));
        }

        if (kept.Count > MaxQuestions)
        {
            return ([], "", new InputError("questions", $"At most {MaxQuestions} phrasings per entry."));
        }

        var text = answer?.Trim() ?? "";
        if (text.Length == 0)
        {
            return ([], "", new InputError("answer", "The answer is empty."));
        }

        if (text.Length > MaxAnswerLength)
        {
            return ([], "", new InputError("answer", $"The answer is {text.Length} characters; at most {MaxAnswerLength}."));
        }

        return (kept, text, null);
    }

    public static InputError? CheckQuestion(string question, string field)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Trim().Length == 0)
        {
            return new InputError(field, "The question is empty.");
        }

        return question.Length > MaxQuestionLength
            ? new InputError(field, $"The question is {question.Length} characters; at most {MaxQuestionLength}.")
            : null;
    }
}
