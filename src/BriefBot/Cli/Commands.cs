using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace BriefBot.Cli;

/// <summary>The command tree: every command, <c>--knowledge</c> on each, and help that mentions the setting overrides.</summary>
internal static class Commands
{
    private const string SettingsHelp = """
        Settings:
          --Section:Key=value  Override any setting on any command, e.g. --Matching:Threshold=60. Settings are read
                               from appsettings.json, user secrets, environment variables (Matching__Threshold=60)
                               and the command line, later ones winning.
        """;

    public static RootCommand Create(CommandInput input)
    {
        var root = new RootCommand("BriefBot answers questions about your team's briefing documents in Slack, Discord or a terminal.")
        {
            CommandInput.Knowledge,
            RunCommand.Create(input),
            AskCommand.Create(input),
            EvalCommand.Create(input),
            ImportCommand.Create(input),
            ExportCommand.Create(input),
            DigestCommand.Create(input),
            ReportCommand.Create(input),
            DiscordCommand.Create(input),
            HealthCommand.Create(input),
        };
        root.SetAction((parse, cancellationToken) => RunCommand.RunAsync(parse, input, cancellationToken));

        var helpOption = root.Options.OfType<HelpOption>().Single();
        helpOption.Action = new HelpWithSettings((HelpAction)helpOption.Action!);

        var help = new Command("help", "Show help, for every command or for COMMAND.");
        var topic = new Argument<string?>("COMMAND") { Arity = ArgumentArity.ZeroOrOne, HelpName = "COMMAND" };
        topic.AcceptOnlyFromAmong([.. root.Subcommands.Select(c => c.Name)]);
        help.Add(topic);
        help.SetAction(parse => root.Parse(parse.GetValue(topic) is { } name ? [name, "--help"] : ["--help"]).Invoke(parse.InvocationConfiguration));
        root.Add(help);
        return root;
    }

    /// <summary>System.CommandLine's help, then the setting overrides every command takes (which the parser does not declare).</summary>
    private sealed class HelpWithSettings(HelpAction help) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exit = help.Invoke(parseResult);
            parseResult.InvocationConfiguration.Output.WriteLine(SettingsHelp);
            return exit;
        }
    }
}
