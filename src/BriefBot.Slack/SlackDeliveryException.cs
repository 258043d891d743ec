namespace BriefBot.Slack;

/// <summary>Slack did not accept a message the bot had to deliver (a digest), after the retries.</summary>
public sealed class SlackDeliveryException : Exception
{
    public SlackDeliveryException()
    {
    }

    public SlackDeliveryException(string message)
        : base(message)
    {
    }

    public SlackDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
