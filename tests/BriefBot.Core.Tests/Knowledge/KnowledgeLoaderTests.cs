using System.Text;
using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge;

public sealed class KnowledgeLoaderTests
{
    private const string Briefing = "Office Move\nThe team moves to the new office on March 3.\nDetails\n- Desks are assigned by team.\n";

    [Fact]
    public async Task A_bad_file_is_reported_by_name_and_line_and_the_rest_still_loads()
    {
        using var folder = new TempFolder();
        folder.Write("move.txt", Briefing);
        folder.Write("broken.json", "{\n \"entries\": [ { \"questions\": [\"x?\"], }\n");
        folder.Write("empty.md", "");
        folder.WriteBytes("latin1.txt", [.. Encoding.UTF8.GetBytes("Title\nFine line.\n"), 0xE9, 0x0A]);

        var knowledge = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);

        Assert.Single(knowledge.Briefings);
        Assert.Contains(knowledge.Entries, e => e.Answer == "Desks are assigned by team.");
        Assert.Contains(knowledge.Problems, p => p.File == "broken.json" && p.Line > 0);
        Assert.Contains(knowledge.Problems, p => p.File == "empty.md" && p.Message == "is empty");
        Assert.Contains(knowledge.Problems, p => p.File == "latin1.txt" && p.Line == 3 && p.Message.Contains("UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Loads_subfolders_and_skips_hidden_and_editor_files()
    {
        using var folder = new TempFolder();
        folder.Write("teams/move.md", Briefing);
        folder.Write(".move.txt.swp", "junk");
        folder.Write("move.txt~", "junk");
        folder.Write("notes.odt", "junk");

        var knowledge = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);

        Assert.Equal("teams/move.md", Assert.Single(knowledge.Briefings).File);
        Assert.Empty(knowledge.Problems);
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "briefbot-missing-" + Guid.NewGuid().ToString("N"));

        var error = await Assert.ThrowsAsync<KnowledgeFolderNotFoundException>(() => KnowledgeLoader.LoadAsync(missing, CancellationToken.None));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("Knowledge:Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fingerprint_changes_with_the_knowledge_and_only_then()
    {
        using var folder = new TempFolder();
        folder.Write("move.txt", Briefing);
        var first = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);
        var again = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);
        folder.Write("move.txt", Briefing.Replace("March 3", "March 10", StringComparison.Ordinal));
        var edited = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);

        Assert.Equal(first.Fingerprint, again.Fingerprint);
        Assert.NotEqual(first.Fingerprint, edited.Fingerprint);
    }
}
