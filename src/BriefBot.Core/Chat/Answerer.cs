using BriefBot.Core.Knowledge;
using BriefBot.Core.Operations;
using BriefBot.Core.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Chat;

/// <summary>
/// Answers questions from the knowledge currently served and remembers them. Remembering never stands between a
/// user and the reply: a failing question log is logged and the reply still goes out.
/// </summary>
public sealed partial class Answerer(KnowledgeSource knowledge, IQuestionLog log, IAskerHasher hasher, TimeProvider time, ILogger<Answerer> logger, BriefBotMetrics? metrics = null, StoreHealth? store = null) : IAnswerer
{
    public async ValueTask<Reply> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var found = ChatLimits.QuestionIn(question.Text);
        var text = found ?? ChatLimits.Sanitize(question.Text);
        var matcher = knowledge.Current;
        var result = found is null ? null : matcher.Match(found);
        var reply = result is null ? Reply.TooLong(text) : matcher.ReplyTo(result);
        Log.Answered(logger, question.Platform, question.Channel, reply.Answered, reply.Confidence);
        metrics?.QuestionAnswered(question.Platform, reply.Answered, reply.Confidence);
        try
        {
            var asked = new AskedQuestion(time.GetUtcNow(), question.Platform, question.Channel, hasher.Hash(question.User), text, reply.Answered, result?.Best?.Entry.Id, result?.Confidence ?? 0)
            {
                Knowledge = knowledge.Folder,
            };
            await log.RecordQuestionAsync(asked, cancellationToken).ConfigureAwait(false);
            store?.Worked();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            store?.Failed("question", e);
            Log.RecordFailed(logger, e);
        }

        return reply;
    }

    public IReadOnlyList<string> Autocomplete(string partial, int max) =>
        knowledge.Current.Autocomplete(ChatLimits.Sanitize(partial ?? ""), max);

    public ValueTask RecordFeedbackAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return log.RecordFeedbackAsync(feedback with { User = hasher.Hash(feedback.User), Knowledge = knowledge.Folder }, time.GetUtcNow(), cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "Question on {Platform} in {ChannelId}: answered {Answered}, confidence {Confidence}")]
        public static partial void Answered(ILogger logger, string platform, string channelId, bool answered, int confidence);

        [LoggerMessage(EventId = 201, Level = LogLevel.Error, Message = "Could not record a question; the reply was still sent")]
        public static partial void RecordFailed(ILogger logger, Exception exception);
    }
}
