using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace BriefBot.Benchmarks.Reporting;

/// <summary>
/// A summary column that shows a per-size result on the rows of the benchmark methods it has a value for, so
/// BenchmarkDotNet's own tables carry the percentiles, memory and accuracy next to its means.
/// </summary>
public sealed class SizeColumn(string name, IReadOnlyDictionary<string, Func<SizeResults, string?>> values, string legend) : IColumn
{
    public string Id => nameof(SizeColumn) + "." + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (!values.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out var value) || benchmarkCase.Parameters["Size"] is not int size)
        {
            return "-";
        }

        return RunResults.Find(size) is { } results ? value(results) ?? "?" : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
