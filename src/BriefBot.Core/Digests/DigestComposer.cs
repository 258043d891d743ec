using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;

namespace BriefBot.Core.Digests;

/// <summary>
/// Gathers what a digest needs from the knowledge and the store (the channel's previous facts, the questions left
/// unanswered since the previous digest) and builds it. Shared by the scheduler, the preview and the CLI.
/// </summary>
public sealed class DigestComposer(KnowledgeSource knowledge, IBriefBotStore store)
{
    /// <summary>How far back a digest that never ran looks for unanswered questions.</summary>
    public static readonly TimeSpan FirstDigestLookback = TimeSpan.FromDays(7);

    public async Task<(Digest Digest, IReadOnlyList<PostedFact> Facts)> ComposeAsync(DigestOptions options, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var platform = options.Platform.ToLowerInvariant();
        var previous = await store.GetPostedFactsAsync(platform, options.Channel, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<UnansweredQuestion> unanswered = [];
        if (options.IncludeUnanswered)
        {
            var last = await store.GetLatestRunAsync(options.Name, cancellationToken).ConfigureAwait(false);
            var since = last is { State: DigestRunState.Posted } ? last.UpdatedAt : now - FirstDigestLookback;
            var asked = await store.GetQuestionsAsync(since, now, cancellationToken).ConfigureAwait(false);
            unanswered = QuestionGroups.Group(asked.Where(q => !q.Answered && q.WasAskedOf(knowledge.Folder)).Select(q => q.Text), options.MaxItems);
        }

        return DigestBuilder.Build(options.Name, now, knowledge.Current.Knowledge, previous, unanswered, options.MaxItems);
    }
}
