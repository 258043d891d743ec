using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using BriefBot.Core.Matching;
using BriefBot.Core.Reports;
using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefBot.Cli;

/// <summary><c>report [--days N | --from DATE [--to DATE]] [--top N]</c>: what was asked that the knowledge could not answer.</summary>
internal static class ReportCommand
{
    private static readonly Option<int?> Days = new("--days") { Description = "The last N days (default 7).", HelpName = "N", CustomParser = ParsePositive };

    private static readonly Option<DateTimeOffset?> From = new("--from") { Description = "From this day (UTC) instead.", HelpName = "YYYY-MM-DD", CustomParser = ParseDate };

    private static readonly Option<DateTimeOffset?> To = new("--to") { Description = "Up to and including this day (default: now).", HelpName = "YYYY-MM-DD", CustomParser = ParseDate };

    private static readonly Option<int?> Top = new("--top") { Description = "How many of each list (default 10).", HelpName = "N", CustomParser = ParsePositive };

    public static Command Create(CommandInput input)
    {
        var command = new Command("report", "What was asked (default: the last 7 days): the most-asked questions the knowledge could not answer, the entries marked \"Not helpful\" most, and near misses.")
        {
            Days,
            From,
            To,
            Top,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, input, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CommandInput input, CancellationToken cancellationToken)
    {
        var console = input.Console;
        var now = TimeProvider.System.GetUtcNow();
        var to = parse.GetValue(To)?.AddDays(1) ?? now;
        var from = parse.GetValue(From) ?? to - TimeSpan.FromDays(parse.GetValue(Days) ?? 7);
        var top = parse.GetValue(Top) ?? 10;
        if (from >= to)
        {
            throw new UsageException("--from must be before --to.");
        }

        using var host = await CommandHost.StartAsync(input.Configuration(parse), console, withStore: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var store = host.Services.GetRequiredService<IBriefBotStore>();
        // One database may serve several knowledge folders: the report is about this one's questions.
        var questions = (await store.GetQuestionsAsync(from, to, cancellationToken).ConfigureAwait(false)).Where(q => q.WasAskedOf(host.Knowledge.Folder)).ToList();
        var feedback = await store.GetFeedbackAsync(from, to, host.Knowledge.Folder, cancellationToken).ConfigureAwait(false);
        var threshold = host.Services.GetRequiredService<IOptions<MatchingOptions>>().Value.Threshold;
        var report = ReportBuilder.Build(from, to, questions, feedback, host.Knowledge.Current.Knowledge, threshold, top);
        await console.Out.WriteLineAsync(ReportText.Render(report)).ConfigureAwait(false);
        return 0;
    }

    private static DateTimeOffset? ParseDate(ArgumentResult result)
    {
        if (DateTimeOffset.TryParseExact(result.Tokens.Single().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return date;
        }

        result.AddError($"{OptionName(result)} takes a date as YYYY-MM-DD.");
        return null;
    }

    private static int? ParsePositive(ArgumentResult result)
    {
        if (int.TryParse(result.Tokens.Single().Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        result.AddError($"{OptionName(result)} takes a positive whole number.");
        return null;
    }

    private static string OptionName(ArgumentResult result) => (result.Parent as OptionResult)?.Option.Name ?? "the option";
}
