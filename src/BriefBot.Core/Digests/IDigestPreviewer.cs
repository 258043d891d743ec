namespace BriefBot.Core.Digests;

/// <summary>Builds the digest a channel would get now, without posting it or recording it as posted (<c>/brief digest</c>).</summary>
public interface IDigestPreviewer
{
    Task<Digest> PreviewAsync(string platform, string channel, CancellationToken cancellationToken);
}
