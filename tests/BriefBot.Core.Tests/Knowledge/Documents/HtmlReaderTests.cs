using System.Text;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Knowledge.Documents;

public sealed class HtmlReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Intranet | Office move</title><style>p { color: red; }</style><script>var tracking = "Where is the script?";</script></head>
        <body>
          <nav><a href="/">Home</a> <a href="/news">News</a></nav>
          <header><p>Intranet header text.</p></header>
          <main>
            <h1>Office <em>Move</em> Briefing</h1>
            <p>The team moves to the new office<br>at 5 Harbour Street on March 3.</p>
            <h2>What changes</h2>
            <ul><li>Desks are assigned by <strong>team</strong>.<ul><li>Team leads sit by the windows.</li></ul></li></ul>
            <table><tr><th>Floor</th><th>Teams</th></tr><tr><td>2</td><td>Sales and Support</td></tr></table>
            <h2>Questions</h2>
            <dl><dt>Where do I park?</dt><dd>Staff park in the north garage, level 2.</dd></dl>
            <details><summary>Can I bring my own chair?</summary><p>Only with a note from Health and Safety.</p></details>
            <h3>Is there a shuttle?</h3>
            <p>A shuttle runs from the station every 20 minutes.</p>
          </main>
          <footer><p>Questions? Ask the help desk.</p></footer>
        </body></html>
        """;

    [Fact]
    public async Task Reads_title_sections_lists_tables_and_faqs_and_drops_navigation_footers_and_scripts()
    {
        var knowledge = await DocumentFolder.LoadAsync(("move.html", DocumentFolder.Utf8(Page)));

        var briefing = Assert.Single(knowledge.Briefings);
        Assert.Equal("Office Move Briefing", briefing.Title);
        Assert.Equal(["What changes", "Questions"], briefing.Sections);
        var sentences = briefing.Sentences.Select(s => s.Text).ToList();
        Assert.Contains("The team moves to the new office at 5 Harbour Street on March 3.", sentences);
        Assert.Contains("Desks are assigned by team.", sentences);
        Assert.Contains("Team leads sit by the windows.", sentences);
        Assert.Contains("Floor: 2 — Teams: Sales and Support", sentences);
        Assert.Equal(["Where do I park?", "Can I bring my own chair?", "Is there a shuttle?"], briefing.Faqs.Select(f => f.Question.Text));
        Assert.DoesNotContain(sentences, s => s.Contains("Home", StringComparison.Ordinal) || s.Contains("help desk", StringComparison.Ordinal)
            || s.Contains("script", StringComparison.Ordinal) || s.Contains("header text", StringComparison.Ordinal) || s.Contains("color", StringComparison.Ordinal));
        var reply = new Matcher(knowledge, new MatchingOptions()).Answer("can i bring my own chair");
        Assert.Equal("Only with a note from Health and Safety.", reply.Quote?.Text);
    }

    [Fact]
    public async Task A_page_in_a_declared_legacy_encoding_is_read_and_an_undeclared_one_is_a_problem_naming_it()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Café</title></head><body><h1>Café menu</h1><p>The café opens at 8 a.m. and serves crème brûlée.</p></body></html>";
        var legacy = Encoding.Latin1.GetBytes(html);
        var undeclared = Encoding.Latin1.GetBytes(html.Replace("<meta charset=\"windows-1252\">", "", StringComparison.Ordinal));

        var knowledge = await DocumentFolder.LoadAsync(("cafe.html", legacy), ("other.htm", undeclared));

        Assert.Contains("The café opens at 8 a.m. and serves crème brûlée.", Assert.Single(knowledge.Briefings).Sentences.Select(s => s.Text));
        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal("other.htm", problem.File);
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_over_the_size_limit_is_a_problem_and_the_rest_still_loads()
    {
        using var folder = new TempFolder();
        folder.Write("move.html", Page);
        await using (var huge = File.Create(Path.Combine(folder.Path, "huge.html")))
        {
            huge.SetLength(50L * 1024 * 1024);
        }

        var knowledge = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);

        var problem = Assert.Single(knowledge.Problems);
        Assert.Equal("huge.html", problem.File);
        Assert.Contains("is 50 MB, over the 20 MB limit", problem.Message, StringComparison.Ordinal);
        Assert.Single(knowledge.Briefings);
    }
}
