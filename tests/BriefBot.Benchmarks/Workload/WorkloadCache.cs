using System.Globalization;

namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// Generated corpora under the system temp folder, one folder per generator version, seed and size, reused by later
/// runs. A corpus is written to a scratch folder and moved into place when complete, so an interrupted run never
/// leaves a half-written corpus that a later run would trust.
/// </summary>
internal static class WorkloadCache
{
    /// <summary>Bump whenever the generator's output changes, so old corpora are not reused.</summary>
    private const int GeneratorVersion = 1;

    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "briefbot-benchmarks");

    public static string Folder(int seed, int size) =>
        Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"v{GeneratorVersion}-seed{seed}-{size}"));

    public static string GetOrCreate(int seed, int size)
    {
        var folder = Folder(seed, size);
        if (Directory.Exists(folder))
        {
            return folder;
        }

        var scratch = folder + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }

        WorkloadGenerator.Write(scratch, seed, size);
        Directory.Move(scratch, folder);
        return folder;
    }
}
