using BriefBot.Core.Evaluation;
using BriefBot.Core.Knowledge;

namespace BriefBot.Benchmarks.Fitting;

/// <summary>A knowledge base and the questions asked of it: a briefing alone with its question file, or an imported FAQ.</summary>
internal sealed record EvalSet(string Name, KnowledgeBase Knowledge, IReadOnlyList<EvalQuestion> Questions)
{
    /// <summary>Every question set the eval tools report, by group: the dev set, the held-out briefings, HINT3's three FAQs.</summary>
    public static async Task<List<(string Group, List<EvalSet> Sets)>> GroupsAsync(string evalFolder, CancellationToken cancellationToken)
    {
        var groups = new List<(string Group, List<EvalSet> Sets)>
        {
            ("dev", [await FolderAsync("dev", Path.Combine(evalFolder, "..", "..", "knowledge"), Path.Combine(evalFolder, "dev-questions.tsv"), cancellationToken)]),
            ("heldout (used in development)", await BriefingsAsync(Path.Combine(evalFolder, "heldout"), cancellationToken)),
            ("heldout2", await BriefingsAsync(Path.Combine(evalFolder, "heldout2"), cancellationToken)),
            ("heldout3", await BriefingsAsync(Path.Combine(evalFolder, "heldout3"), cancellationToken)),
            ("heldout4", await BriefingsAsync(Path.Combine(evalFolder, "heldout4"), cancellationToken)),
            ("heldout5", await BriefingsAsync(Path.Combine(evalFolder, "heldout5"), cancellationToken)),
        };
        foreach (var name in new[] { "sofmattress", "curekart", "powerplay11" })
        {
            groups.Add(($"hint3 {name}", [await Hint3Async(evalFolder, name, withTest: true, cancellationToken)]));
        }

        return groups;
    }

    /// <summary>Each briefing of <paramref name="folder"/>/knowledge loaded alone, with its NAME-questions.tsv.</summary>
    public static async Task<List<EvalSet>> BriefingsAsync(string folder, CancellationToken cancellationToken)
    {
        var sets = new List<EvalSet>();
        foreach (var questions in Directory.GetFiles(folder, "*-questions.tsv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(questions)[..^"-questions.tsv".Length];
            var alone = Path.Combine(Path.GetTempPath(), "briefbot-fit", Path.GetFileName(folder), name);
            Directory.CreateDirectory(alone);
            File.Copy(Path.Combine(folder, "knowledge", name + ".txt"), Path.Combine(alone, name + ".txt"), overwrite: true);
            var knowledge = await KnowledgeLoader.LoadAsync(alone, cancellationToken);
            sets.Add(new EvalSet($"{Path.GetFileName(folder)}/{name}", knowledge, EvalQuestionFile.Parse(await File.ReadAllLinesAsync(questions, cancellationToken), questions)));
        }

        return sets;
    }

    /// <summary>The briefing folder loaded whole, with one question file.</summary>
    public static async Task<EvalSet> FolderAsync(string name, string knowledgeFolder, string questions, CancellationToken cancellationToken) =>
        new(name, await KnowledgeLoader.LoadAsync(knowledgeFolder, cancellationToken), EvalQuestionFile.Parse(await File.ReadAllLinesAsync(questions, cancellationToken), questions));

    /// <summary>A HINT3 set: its FAQ imported as a curated file, and its test questions (or none, for self-calibration).</summary>
    public static async Task<EvalSet> Hint3Async(string evalFolder, string set, bool withTest, CancellationToken cancellationToken)
    {
        var faq = await File.ReadAllTextAsync(Path.Combine(evalFolder, "hint3", $"{set}-faq.tsv"), cancellationToken);
        var (entries, _) = FaqImporter.Read(faq, $"{set}-faq.tsv");
        var folder = Path.Combine(Path.GetTempPath(), "briefbot-fit", "hint3", set);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, $"{set}.json"), FaqImporter.ToCuratedJson(set, entries), cancellationToken);
        var knowledge = await KnowledgeLoader.LoadAsync(folder, cancellationToken);
        var test = Path.Combine(evalFolder, "hint3", $"{set}-test.tsv");
        var questions = withTest ? EvalQuestionFile.Parse(await File.ReadAllLinesAsync(test, cancellationToken), test) : [];
        return new EvalSet($"hint3/{set}", knowledge, questions);
    }
}
