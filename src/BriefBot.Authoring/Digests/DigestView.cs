using BriefBot.Core.Digests;
using BriefBot.Core.Storage;

namespace BriefBot.Authoring.Digests;

/// <summary>
/// A configured digest: its settings, what it would post now (built as <c>digest NAME --preview</c> builds it:
/// nothing is posted or remembered) and its latest run with the outcome.
/// </summary>
public sealed record DigestView(string Name, string Platform, string Channel, string Schedule, string TimeZone, Digest Preview, DigestRun? LatestRun)
{
    public static async Task<IReadOnlyList<DigestView>> AllAsync(DigestsOptions options, DigestComposer composer, IBriefBotStore store, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(store);
        var views = new List<DigestView>();
        foreach (var digest in options.Items)
        {
            var (preview, _) = await composer.ComposeAsync(digest, now, cancellationToken).ConfigureAwait(false);
            var latest = await store.GetLatestRunAsync(digest.Name, cancellationToken).ConfigureAwait(false);
            views.Add(new DigestView(digest.Name, digest.Platform, digest.Channel, digest.Schedule, digest.TimeZone, preview, latest));
        }

        return views;
    }
}
