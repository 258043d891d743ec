namespace BriefBot.Cli;

/// <summary>The command line was not understood: print the usage and exit with status 2.</summary>
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
