using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BriefBot.Benchmarks;
using BriefBot.Benchmarks.Reporting;

// dotnet run -c Release --project tests/BriefBot.Benchmarks -- --quick   (under two minutes on two cores)
// dotnet run -c Release --project tests/BriefBot.Benchmarks -- --full
// dotnet run -c Release --project tests/BriefBot.Benchmarks -- --default-knowledge
// dotnet run -c Release --project tests/BriefBot.Benchmarks -- --autocomplete [--sizes 1000,100000]
var mode = BenchmarkMode.FromArguments(args);
BenchmarkMode.Current = mode;
if (args.Contains("--questions"))
{
    await QuestionListing.WriteAsync(mode, Console.Out, CancellationToken.None);
    return;
}

if (args.Contains("--fit"))
{
    await BriefBot.Benchmarks.Fitting.ScoreFitting.FitAsync(EvalFolder(), Console.Out, CancellationToken.None);
    return;
}

if (args.Contains("--eval"))
{
    var distractors = Array.IndexOf(args, "--distractors") is var d and >= 0 ? int.Parse(args[d + 1], System.Globalization.CultureInfo.InvariantCulture) : 0;
    await BriefBot.Benchmarks.Fitting.ScoreFitting.EvalAsync(EvalFolder(), !args.Contains("--lexical"), !args.Contains("--no-calibration"), Weights(args), distractors, Console.Out, CancellationToken.None);
    return;
}

if (args.Contains("--passages"))
{
    await BriefBot.Benchmarks.Fitting.PassageCheck.RunAsync(EvalFolder(), !args.Contains("--lexical"), Console.Out, CancellationToken.None);
    return;
}

var started = Stopwatch.StartNew();

if (args.Contains("--plot"))
{
    // Redraws the plots from a run's CSV: dotnet run ... -- --plot BenchmarkDotNet.Artifacts/results/briefbot-benchmarks.csv docs
    var at = Array.IndexOf(args, "--plot");
    var plotted = Plots.Write(PlotData.FromCsv(await File.ReadAllLinesAsync(args[at + 1])), args[at + 2], "benchmarks");
    Console.WriteLine("Written " + string.Join(", ", plotted));
    return;
}

if (args.Contains("--search"))
{
    var searched = BenchmarkRunner.Run<BriefBot.Benchmarks.Search.NearestBenchmarks>(DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts")));
    var searchReport = BriefBot.Benchmarks.Search.SearchReport.Build(searched);
    var searchPath = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results", "briefbot-search.md");
    await File.WriteAllTextAsync(searchPath, searchReport);
    Console.WriteLine(searchReport);
    return;
}

if (args.Contains("--encoder"))
{
    BenchmarkRunner.Run<BriefBot.Benchmarks.Semantic.EncoderBenchmarks>(DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts")));
    return;
}

if (args.Contains("--default-knowledge"))
{
    // The dev questions against the shipped briefing: BenchmarkDotNet's own table is the report.
    BenchmarkRunner.Run<DefaultKnowledgeBenchmarks>(DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts")));
    return;
}

if (args.Contains("--autocomplete"))
{
    // Autocomplete alone, at 100,000 entries unless --sizes names others: BenchmarkDotNet's own table is the report.
    foreach (var size in args.Contains("--sizes") ? mode.Sizes : [100_000])
    {
        BenchmarkMode.CurrentSize = size;
        BenchmarkRunner.Run<AutocompleteBenchmarks>(DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts")));
    }

    return;
}

var artifacts = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts");
var config = DefaultConfig.Instance
    .WithArtifactsPath(artifacts)
    .AddColumn(ResultColumns.All)
    .WithOptions(ConfigOptions.JoinSummary);

var summaries = new List<Summary>();
foreach (var size in mode.Sizes)
{
    BenchmarkMode.CurrentSize = size;
    summaries.AddRange(BenchmarkRunner.Run([.. BenchmarkClasses.For(mode, size)], config));
}

var results = Path.Combine(artifacts, "results");
Directory.CreateDirectory(results);
var rows = SizeRow.From(summaries, mode.Sizes);
var fused = FusedRow.From(summaries, rows);
var report = MarkdownReport.Build(rows, fused, EncoderRow.From(summaries), mode, started.Elapsed);
var reportPath = Path.Combine(results, "briefbot-benchmarks.md");
await File.WriteAllTextAsync(reportPath, report);
foreach (var row in rows)
{
    MissesFile.Write(results, row.Size, row.Results.Checked);
    MissesFile.Write(results, row.Size, row.Results.Fused.Checked, "fused");
}

var plotData = PlotData.From(fused);
await File.WriteAllTextAsync(Path.Combine(results, "briefbot-benchmarks.csv"), PlotData.ToCsv(plotData));
Plots.Write(plotData, results);

Console.WriteLine();
Console.WriteLine(report);
Console.WriteLine($"Written to {reportPath} (wrong replies in briefbot-misses-SIZE.tsv beside it).");

static string EvalFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "tests", "eval");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new DirectoryNotFoundException("tests/eval not found above " + AppContext.BaseDirectory);
}

static BriefBot.Core.Matching.ScoreModel? Weights(string[] args)
{
    var at = Array.IndexOf(args, "--weights");
    return at < 0 ? null : new BriefBot.Core.Matching.ScoreModel([.. args[at + 1].Split(',').Select(w => double.Parse(w, System.Globalization.CultureInfo.InvariantCulture))]);
}
