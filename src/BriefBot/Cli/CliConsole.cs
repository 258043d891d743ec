namespace BriefBot.Cli;

/// <summary>The streams a command reads and writes, so tests can run the real command line on strings.</summary>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool InputIsRedirected)
{
    public static CliConsole Standard { get; } = new(Console.In, Console.Out, Console.Error, Console.IsInputRedirected);
}
