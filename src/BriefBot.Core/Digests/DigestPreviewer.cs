using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>
/// The digest a channel would get now (<c>/brief digest</c>): the one configured for that channel, or, where none
/// is, a digest with the default settings. Nothing is posted or remembered.
/// </summary>
public sealed class DigestPreviewer(IOptions<DigestsOptions> options, DigestComposer composer, TimeProvider time) : IDigestPreviewer
{
    public async Task<Digest> PreviewAsync(string platform, string channel, CancellationToken cancellationToken)
    {
        var configured = options.Value.Items.FirstOrDefault(d =>
            d.Platform.Equals(platform, StringComparison.OrdinalIgnoreCase) && d.Channel == channel);
        var digest = configured ?? new DigestOptions { Name = "preview", Platform = platform, Channel = channel, IncludeUnanswered = true };
        var (preview, _) = await composer.ComposeAsync(digest, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return preview;
    }
}
