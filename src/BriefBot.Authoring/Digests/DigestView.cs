using BriefBot.Core.Digests;
using BriefBot.Core.Storage;

namespace BriefBot.Authoring.Digests;

/// <summary>
/// A configured digest: its settings, what it would post now (built as <c>digest NAME --preview</c> builds it:
/// nothing is posted or remembered), its latest run and its recent runs with their outcomes, newest first.
/// </summary>
public sealed record DigestView(string Name, string Platform, string Channel, string Schedule, string TimeZone, Digest Preview, DigestRun? LatestRun, IReadOnlyList<DigestRun> RecentRuns)
{
    /// <summary>How many runs the page lists: two weeks of a daily digest.</summary>
    public const int RecentRunCount = 14;

    public static async Task<IReadOnlyList<DigestView>> AllAsync(DigestsOptions options, DigestComposer composer, IBriefBotStore store, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(store);
        var views = new List<DigestView>();
        foreach (var digest in options.Items)
        {
            var (preview, _) = await composer.ComposeAsync(digest, now, cancellationToken).ConfigureAwait(false);
            var recent = await store.GetRecentRunsAsync(digest.Name, RecentRunCount, cancellationToken).ConfigureAwait(false);
            views.Add(new DigestView(digest.Name, digest.Platform, digest.Channel, digest.Schedule, digest.TimeZone, preview, recent.Count > 0 ? recent[0] : null, recent));
        }

        return views;
    }
}
