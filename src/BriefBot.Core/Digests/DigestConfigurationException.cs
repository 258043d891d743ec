namespace BriefBot.Core.Digests;

/// <summary>A digest's configuration is invalid; the message names the digest and the setting.</summary>
public sealed class DigestConfigurationException : Exception
{
    public DigestConfigurationException()
    {
    }

    public DigestConfigurationException(string message)
        : base(message)
    {
    }

    public DigestConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
