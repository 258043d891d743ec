using BriefBot.ConsoleChat;
using BriefBot.Core.Chat;

namespace BriefBot.Cli;

/// <summary><c>ask "question" [--json]</c>, or questions from standard input answered as JSON lines.</summary>
internal static class AskCommand
{
    public static readonly IReadOnlyDictionary<string, bool> Options = new Dictionary<string, bool> { ["json"] = false };

    public static async Task<int> RunAsync(ParsedArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        using var host = await CommandHost.StartAsync(args, console, cancellationToken).ConfigureAwait(false);
        var answerer = host.Answerer;
        if (args.Positional.Count > 0)
        {
            var reply = await answerer.AnswerAsync(Ask(string.Join(' ', args.Positional)), cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(args.Has("json") ? ReplyJson.Serialize(reply) : ReplyText.Render(reply)).ConfigureAwait(false);
            return 0;
        }

        while (await console.In.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var reply = await answerer.AnswerAsync(Ask(line), cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(ReplyJson.Serialize(reply)).ConfigureAwait(false);
        }

        await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private static Question Ask(string text) => new(text, "cli", "cli", null);
}
