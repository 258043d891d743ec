using BriefBot.Core.Evaluation;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Evaluation;

/// <summary>
/// The second bar, on real FAQ-bot questions (HINT3, see tests/eval/hint3/NOTICE.md): each FAQ set, imported as a
/// curated file, must beat the plain FuzzySharp nearest neighbour (WeightedRatio at 75, measured in the NOTICE) on
/// in-scope accuracy and out-of-scope recall at once, at the default threshold.
/// </summary>
public sealed class Hint3BarTests
{
    [Theory]
    [InlineData("sofmattress", 49.0, 86.8)]
    [InlineData("curekart", 58.0, 82.3)]
    [InlineData("powerplay11", 44.7, 70.6)]
    public async Task Each_set_beats_the_fuzzysharp_baseline_on_both_measures(string set, double baselineAccuracy, double baselineRecall)
    {
        using var folder = new TempFolder();
        var faq = await File.ReadAllTextAsync(TestKnowledge.EvalFile($"hint3/{set}-faq.tsv"));
        var (entries, problems) = FaqImporter.Read(faq, $"{set}-faq.tsv");
        Assert.Empty(problems);
        folder.Write($"{set}.json", FaqImporter.ToCuratedJson(set, entries));
        var matcher = new Matcher(await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None), new MatchingOptions());
        var questions = EvalQuestionFile.Parse(await File.ReadAllLinesAsync(TestKnowledge.EvalFile($"hint3/{set}-test.tsv")), set);

        var totals = EvalTotals.Of(Evaluator.Run(matcher, questions));

        Assert.True(totals.Accuracy * 100 > baselineAccuracy, $"{set}: in-scope accuracy {totals.Accuracy:P1}, baseline {baselineAccuracy}%");
        Assert.True(totals.OutOfScopeRecall * 100 > baselineRecall, $"{set}: out-of-scope recall {totals.OutOfScopeRecall:P1}, baseline {baselineRecall}%");
    }
}
