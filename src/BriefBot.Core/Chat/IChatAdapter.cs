using BriefBot.Core.Digests;

namespace BriefBot.Core.Chat;

/// <summary>
/// A chat platform, as the rest of BriefBot sees it. Each adapter receives questions its own way (a socket, an
/// HTTP endpoint, standard input) and hands them to <see cref="IAnswerer"/>; what BriefBot sends on its own
/// initiative, digests, goes out through this interface.
/// </summary>
public interface IChatAdapter
{
    /// <summary>The platform's name as configuration spells it (a digest's Platform setting).</summary>
    string Platform { get; }

    /// <summary>
    /// The channel a digest goes to when its settings name none (the console's one output), or null when every digest
    /// for this platform must name its channel.
    /// </summary>
    string? DefaultChannel => null;

    /// <summary>Posts a digest to a channel. Returns once the platform has accepted it; throws if it could not be delivered.</summary>
    Task PostDigestAsync(string channel, Digest digest, CancellationToken cancellationToken);
}
