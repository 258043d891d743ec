using BriefBot.Core.Chat;
using BriefBot.Core.Replies;

namespace BriefBot.Slack.Tests.Fakes;

/// <summary>An answerer that answers only when the test releases it, for the slash command's ack deadline.</summary>
public sealed class SlowAnswerer : IAnswerer
{
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource asked = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first question reaches the answerer.</summary>
    public Task Asked => asked.Task;

    public static Reply Reply { get; } = new("slow?", true, "It took a while.", new Quote("It took a while.", new SourceRef("Slow Briefing", null, "slow.txt")), 77, [], "fact-slow");

    public void Release() => release.TrySetResult();

    public async ValueTask<Reply> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        asked.TrySetResult();
        await release.Task.WaitAsync(cancellationToken);
        return Reply;
    }

    public IReadOnlyList<string> Autocomplete(string partial, int max) => [];

    public ValueTask RecordFeedbackAsync(Feedback feedback, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
