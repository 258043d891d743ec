namespace BriefBot.Cli;

/// <summary>The command line was understood by the parser but makes no sense to the command: one line and exit status 2.</summary>
internal sealed class UsageException(string message) : Exception(message)
{
    public UsageException()
        : this("Invalid command line.")
    {
    }

    public UsageException(string message, Exception innerException)
        : this(message + " " + innerException?.Message)
    {
    }
}
