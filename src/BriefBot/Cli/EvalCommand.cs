using System.Globalization;
using BriefBot.Core.Evaluation;

namespace BriefBot.Cli;

/// <summary><c>eval FILE.tsv</c>: each miss, then the totals.</summary>
internal static class EvalCommand
{
    public static readonly IReadOnlyDictionary<string, bool> Options = new Dictionary<string, bool> { ["all"] = false };

    public static async Task<int> RunAsync(ParsedArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException("eval needs exactly one question file.");
        }

        var file = args.Positional[0];
        if (!File.Exists(file))
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

        using var host = await CommandHost.StartAsync(args, console, cancellationToken).ConfigureAwait(false);
        var results = Evaluator.Run(host.Knowledge.Current, questions);
        var output = console.Out;
        foreach (var result in results.Where(r => args.Has("all") || r.IsMiss))
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
            EvalOutcome.Abstained => "ABSTAINED",
            EvalOutcome.DeclinedOutOfScope => "ok (declined)",
            _ => "ANSWERED OUT-OF-SCOPE",
        };
        var expected = r.Question.OutOfScope ? "NONE" : string.Join(" | ", r.Question.Expected);
        var got = r.Reply.Answered ? Shorten(r.Reply.Answer ?? "") : "(declined)";
        return string.Create(CultureInfo.InvariantCulture, $"{label,-10} line {r.Question.Line}: {r.Question.Question}\n           expected {expected}; got [{r.Reply.Confidence}] {got}");
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}
