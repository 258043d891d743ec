using System.Security.Cryptography;
using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Discord.Rendering;
using BriefBot.Discord.Rest;

namespace BriefBot.Discord;

/// <summary>Discord as a place to post digests: embeds, split over as many messages as Discord's limits need.</summary>
internal sealed class DiscordChatAdapter(DiscordRestClient rest) : IChatAdapter
{
    public const string PlatformName = "discord";

    public string Platform => PlatformName;

    public async Task PostDigestAsync(string channel, Digest digest, CancellationToken cancellationToken)
    {
        if (!Snowflake.IsValid(channel))
        {
            throw new ArgumentException($"'{channel}' is not a Discord channel id.", nameof(channel));
        }

        foreach (var message in DigestEmbeds.Render(digest))
        {
            // A nonce per part: a part retried after a lost response is created once.
            var part = message with { Nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), EnforceNonce = true };
            var response = await rest.CreateMessageAsync(channel, part, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                throw new DiscordDeliveryException($"Discord refused the digest for channel {channel} with status {response.Status}.");
            }
        }
    }
}
