using BriefBot.Authoring.Digests;
using BriefBot.Authoring.Knowledge;
using BriefBot.Authoring.Try;
using BriefBot.Authoring.Unanswered;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace BriefBot.Authoring;

/// <summary>What the pages and the API show, built one way for both: the API returns these views, the pages render them.</summary>
public sealed class AuthoringViews(
    KnowledgeSource knowledge,
    IBriefBotStore store,
    ILearnedEntryStore learned,
    IOptions<DigestsOptions> digests,
    DigestComposer composer,
    TimeProvider time)
{
    public const int MaxChanges = 100;

    public KnowledgeView Knowledge(string? search) => KnowledgeView.Of(knowledge, search);

    /// <summary>The reply chat would give, and the candidates; nothing is recorded.</summary>
    public TryResult Try(string question) => TryResult.Of(knowledge.Current, question);

    public Task<UnansweredView> UnansweredAsync(int days, CancellationToken cancellationToken = default) =>
        UnansweredView.BuildAsync(store, knowledge, time.GetUtcNow(), days, cancellationToken);

    public Task<IReadOnlyList<DigestView>> DigestsAsync(CancellationToken cancellationToken = default) =>
        DigestView.AllAsync(digests.Value, composer, store, time.GetUtcNow(), cancellationToken);

    public Task<LearnedKnowledge> LearnedAsync(CancellationToken cancellationToken = default) => learned.GetLearnedAsync(cancellationToken);

    public Task<IReadOnlyList<LearnedChange>> ChangesAsync(int max, CancellationToken cancellationToken = default) =>
        learned.GetLearnedChangesAsync(Math.Min(max, MaxChanges), cancellationToken);
}
