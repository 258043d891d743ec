namespace BriefBot.Benchmarks.Reporting;

/// <summary>The generated questions of each size as TSV (size, kind, question, what it was made from), for reviewing the workload.</summary>
public static class QuestionListing
{
    public static async Task WriteAsync(BenchmarkMode mode, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mode);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var size in mode.Sizes)
        {
            BenchmarkMode.CurrentSize = size;
            var workload = await LoadedWorkload.GetAsync(size, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"# {size}: {workload.Folder}").ConfigureAwait(false);
            foreach (var q in workload.Questions.Questions)
            {
                await output.WriteLineAsync($"{size}\t{q.Kind}\t{q.Text}\t{q.Source}").ConfigureAwait(false);
            }
        }
    }
}
