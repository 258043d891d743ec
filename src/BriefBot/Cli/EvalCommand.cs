using System.CommandLine;
using System.Globalization;
using BriefBot.Core.Evaluation;

namespace BriefBot.Cli;

/// <summary><c>eval FILE.tsv</c>: each miss, then the totals.</summary>
internal static class EvalCommand
{
    private static readonly Argument<string> File = new("FILE.tsv") { Description = "One question<TAB>expected line per question: expected is |-separated phrases, or NONE for a question to decline." };

    private static readonly Option<bool> All = new("--all") { Description = "Print every result, not only the misses." };

    public static Command Create(CommandInput input)
    {
        var command = new Command("eval", "Run a question file and print each miss (every result with --all) and the totals.") { File, All };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, input, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CommandInput input, CancellationToken cancellationToken)
    {
        var console = input.Console;
        var file = parse.GetRequiredValue(File);
        if (!System.IO.File.Exists(file))
        {
            await console.Error.WriteLineAsync($"error: question file '{file}' does not exist.").ConfigureAwait(false);
            return 1;
        }

        IReadOnlyList<EvalQuestion> questions;
        try
        {
            questions = await EvalQuestionFile.ReadAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException e)
        {
            await console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return 1;
        }

        if (questions.Count == 0)
        {
            // Totals over nothing would read as 100 % precision.
            await console.Error.WriteLineAsync($"error: {file} holds no questions (one question<TAB>expected line each, expected NONE for a question to decline).").ConfigureAwait(false);
            return 1;
        }

        using var host = await CommandHost.StartAsync(input.Configuration(parse), console, answers: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var results = Evaluator.Run(host.Knowledge.Current, questions);
        var output = console.Out;
        var all = parse.GetValue(All);
        foreach (var result in results.Where(r => all || r.IsMiss))
        {
            await output.WriteLineAsync(Describe(result)).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"{Path.GetFileName(file)}: {questions.Count} questions, threshold {host.Knowledge.Current.Options.Threshold}").ConfigureAwait(false);
        await output.WriteLineAsync(EvalTotals.Of(results).ToString()).ConfigureAwait(false);
        return 0;
    }

    private static string Describe(EvalResult r)
    {
        var label = r.Outcome switch
        {
            EvalOutcome.Correct => "ok",
            EvalOutcome.Wrong => "WRONG",
            EvalOutcome.Abstained => "DECLINED",
            EvalOutcome.DeclinedOutOfScope => "ok (declined)",
            _ => "ANSWERED OUT-OF-SCOPE",
        };
        var expected = r.Question.OutOfScope ? "NONE" : string.Join(" | ", r.Question.Expected);
        var got = r.Reply.Answered ? Shorten(r.Reply.Answer ?? "") : "(declined)";
        return string.Create(CultureInfo.InvariantCulture, $"{label,-10} line {r.Question.Line}: {r.Question.Question}\n           expected {expected}; got [{r.Reply.Confidence}] {got}");
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
