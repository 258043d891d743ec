using System.CommandLine;
using BriefBot.ConsoleChat;
using BriefBot.Core.Chat;

namespace BriefBot.Cli;

/// <summary><c>ask "question" [--json]</c>, or questions from standard input answered as JSON lines.</summary>
internal static class AskCommand
{
    private static readonly Argument<string[]> Words = new("QUESTION") { Description = "The question (quote it, or its words are joined).", Arity = ArgumentArity.ZeroOrMore };

    private static readonly Option<bool> Json = new("--json") { Description = "Print the reply as one JSON object." };

    public static Command Create(CommandInput input)
    {
        var command = new Command("ask", "Print one reply. With no question, read one question per line from standard input and print one JSON object per line.")
        {
            Words,
            Json,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, input, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CommandInput input, CancellationToken cancellationToken)
    {
        var console = input.Console;
        using var host = await CommandHost.StartAsync(input.Configuration(parse), console, answers: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var answerer = host.Answerer;
        if (parse.GetValue(Words) is { Length: > 0 } words)
        {
            var reply = await answerer.AnswerAsync(Ask(string.Join(' ', words)), cancellationToken).ConfigureAwait(false);
            await console.Out.WriteLineAsync(parse.GetValue(Json) ? ReplyJson.Serialize(reply) : ReplyText.Render(reply)).ConfigureAwait(false);
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
