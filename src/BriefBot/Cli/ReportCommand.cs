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
    public static readonly IReadOnlyDictionary<string, bool> Options = new Dictionary<string, bool> { ["days"] = true, ["from"] = true, ["to"] = true, ["top"] = true };

    public static async Task<int> RunAsync(ParsedArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var to = args.Value("to") is { } toText ? ParseDate(toText, "--to").AddDays(1) : now;
        var from = args.Value("from") is { } fromText ? ParseDate(fromText, "--from")
            : to - TimeSpan.FromDays(args.Value("days") is { } days ? ParsePositive(days, "--days") : 7);
        var top = args.Value("top") is { } topText ? ParsePositive(topText, "--top") : 10;
        if (from >= to)
        {
            throw new UsageException("--from must be before --to.");
        }

        using var host = await CommandHost.StartAsync(args, console, cancellationToken, withStore: true).ConfigureAwait(false);
        var store = host.Services.GetRequiredService<IBriefBotStore>();
        // One database may serve several knowledge folders: the report is about this one's questions.
        var questions = (await store.GetQuestionsAsync(from, to, cancellationToken).ConfigureAwait(false)).Where(q => q.WasAskedOf(host.Knowledge.Folder)).ToList();
        var feedback = await store.GetFeedbackAsync(from, to, host.Knowledge.Folder, cancellationToken).ConfigureAwait(false);
        var threshold = host.Services.GetRequiredService<IOptions<MatchingOptions>>().Value.Threshold;
        var report = ReportBuilder.Build(from, to, questions, feedback, host.Knowledge.Current.Knowledge, threshold, top);
        await console.Out.WriteLineAsync(ReportText.Render(report)).ConfigureAwait(false);
        return 0;
    }

    private static DateTimeOffset ParseDate(string text, string option) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new UsageException($"{option} takes a date as YYYY-MM-DD.");

    private static int ParsePositive(string text, string option) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new UsageException($"{option} takes a positive whole number.");
}
