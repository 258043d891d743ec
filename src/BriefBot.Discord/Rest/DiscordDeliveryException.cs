namespace BriefBot.Discord.Rest;

/// <summary>Thrown where the contract is "returns once delivered" (<c>PostDigestAsync</c>) and Discord refused the message.</summary>
public sealed class DiscordDeliveryException : Exception
{
    public DiscordDeliveryException()
    {
    }

    public DiscordDeliveryException(string message)
        : base(message)
    {
    }

    public DiscordDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
