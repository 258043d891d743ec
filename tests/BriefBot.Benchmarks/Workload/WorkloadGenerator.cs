using System.Text;
using BriefBot.Benchmarks.Workload.Topics;

namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// Writes a corpus of briefings that together give about <c>targetEntries</c> knowledge entries. The same seed
/// writes byte-identical files, and a smaller corpus is the start of a larger one with the same seed.
/// </summary>
internal static class WorkloadGenerator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>The number of entries the written briefings should give.</returns>
    public static int Write(string folder, int seed, int targetEntries)
    {
        Directory.CreateDirectory(folder);
        var random = SeededRandom.For(seed, "documents");
        var names = new NameMaker(random, new HashSet<string>(StringComparer.Ordinal));
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        var entries = 0;
        for (var number = 0; entries < targetEntries; number++)
        {
            var topic = random.Pick(TopicCatalog.All);
            var briefing = BriefingWriter.Write(number, topic, names, random, acronyms);
            File.WriteAllText(Path.Combine(folder, briefing.FileName), briefing.Text, Utf8);
            entries += briefing.Entries;
        }

        return entries;
    }
}
