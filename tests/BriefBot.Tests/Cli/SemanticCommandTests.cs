using System.Text.Json;
using BriefBot.Embeddings;

namespace BriefBot.Tests.Cli;

/// <summary><c>ask</c> and <c>eval</c> with the real model: they wait for the full matcher, so they print what the running bot answers.</summary>
public sealed class SemanticCommandTests : IDisposable
{
    private readonly HelpDeskFolder knowledge = new();

    public void Dispose() => knowledge.Dispose();

    [Fact]
    public async Task Ask_answers_by_meaning_with_nothing_but_the_reply_on_standard_output_and_leaves_the_cache_warm()
    {
        var (exit, output, _) = await CliRun.RunAsync("ask", HelpDeskFolder.Paraphrase, knowledge.Setting, knowledge.Database.Setting, "--Matching:Semantic=true");

        Assert.Equal(0, exit);
        Assert.Contains(HelpDeskFolder.Answer, output, StringComparison.Ordinal);
        Assert.DoesNotContain("embeddings", output, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(knowledge.Database.Path)!, EmbeddingsServiceCollectionExtensions.DefaultCacheFile)));
    }

    [Fact]
    public async Task Health_reports_matching_by_meaning_once_the_embeddings_are_built()
    {
        var (exit, output, _) = await CliRun.RunAsync("health", knowledge.Setting, knowledge.Database.Setting, "--Matching:Semantic=true");

        Assert.Equal(0, exit);
        var matching = JsonDocument.Parse(output).RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "matching");
        Assert.Equal("Healthy", matching.GetProperty("status").GetString());
        Assert.Contains("matching by meaning", matching.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_scores_the_full_matcher()
    {
        var questions = Path.Combine(knowledge.Path, "..", Path.GetFileName(knowledge.Path) + "-questions.tsv");
        await File.WriteAllTextAsync(questions, $"{HelpDeskFolder.Paraphrase}\t{HelpDeskFolder.Answer}\nwho won the football game\tNONE\n");
        try
        {
            var (exit, output, _) = await CliRun.RunAsync("eval", questions, knowledge.Setting, knowledge.Database.Setting, "--Matching:Semantic=true");

            Assert.Equal(0, exit);
            Assert.DoesNotContain("DECLINED", output, StringComparison.Ordinal);
            Assert.DoesNotContain("WRONG", output, StringComparison.Ordinal);
            Assert.DoesNotContain("ANSWERED OUT-OF-SCOPE", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(questions);
        }
    }
}
