using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge;

public sealed class KnowledgeBuilderTests
{
    [Fact]
    public void Every_quote_stands_word_for_word_in_its_source_file()
    {
        var knowledge = TestKnowledge.Default();

        Assert.NotEmpty(knowledge.Entries);
        foreach (var entry in knowledge.Entries)
        {
            var source = File.ReadAllText(Path.Combine(TestKnowledge.DefaultFolder, entry.Quote.Source.File));
            Assert.Contains(entry.Quote.Text, source, StringComparison.Ordinal);
            Assert.Equal("Biden Reverses Long-Standing Policy, Authorizes Ukraine to Strike Inside Russian Territory", entry.Quote.Source.Document);
        }
    }

    [Fact]
    public void An_faq_answer_quotes_the_body_sentence_that_supports_it()
    {
        var faq = TestKnowledge.Default().Entries.Single(e => e.Kind == EntryKind.Faq && e.Questions[0].StartsWith("What specific weapons", StringComparison.Ordinal));

        Assert.Equal("Ukraine may use GMLRS and HIMARS systems for cross-border strikes.", faq.Quote.Text);
        Assert.Equal("A Strategic Pivot for the Kharkiv Defense", faq.Quote.Source.Section);
    }

    [Fact]
    public void An_faq_answer_with_no_supporting_sentence_quotes_itself()
    {
        var faq = TestKnowledge.Default().Entries.Single(e => e.Kind == EntryKind.Faq && e.Questions[0].StartsWith("How has Russia", StringComparison.Ordinal));

        Assert.StartsWith("The Russian government has characterized the move", faq.Quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lead_and_bullets_are_key_facts_and_body_sentences_are_not()
    {
        var facts = TestKnowledge.Default().Entries.Where(e => e.Kind == EntryKind.Fact).ToList();

        Assert.Equal(4, facts.Count(f => f.IsKeyFact));
        Assert.Contains(facts, f => !f.IsKeyFact && f.Answer.StartsWith("The move comes as military analysts", StringComparison.Ordinal));
    }

    [Fact]
    public void Defined_acronyms_become_answerable_definitions()
    {
        var knowledge = TestKnowledge.Default();

        Assert.Contains(knowledge.Acronyms, a => a.Short == "GMLRS" && a.Long == "Guided Multiple Launch Rocket Systems");
        var definition = Assert.Single(knowledge.Entries, e => e.Kind == EntryKind.Definition && e.Answer.StartsWith("HIMARS", StringComparison.Ordinal));
        Assert.Equal("HIMARS stands for High Mobility Artillery Rocket Systems.", definition.Answer);
        Assert.Contains("High Mobility Artillery Rocket Systems (HIMARS)", definition.Quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entry_ids_survive_a_reload_and_edits_elsewhere()
    {
        const string Office = "Office Move\nThe team moves on March 3.\nDetails\n- Desks are assigned by team.\n- Parking passes are issued on March 1.\n";
        using var folder = new TempFolder();
        folder.Write("office.txt", Office);
        var before = (await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None)).Entries.ToDictionary(e => e.Answer, e => e.Id);

        folder.Write("office.txt", Office.Replace("March 3", "March 10", StringComparison.Ordinal));
        folder.Write("canteen.txt", "Canteen Hours\nThe canteen opens at 11:30.\n");
        var after = (await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None)).Entries.ToDictionary(e => e.Answer, e => e.Id);

        Assert.Equal(before["Desks are assigned by team."], after["Desks are assigned by team."]);
        Assert.Equal(before["Parking passes are issued on March 1."], after["Parking passes are issued on March 1."]);
        Assert.NotEqual(before["The team moves on March 3."], after["The team moves on March 10."]);
        Assert.Equal(after.Count, after.Values.Distinct().Count());
    }

    [Theory]
    [InlineData("Yes. Employees keep any airline miles and hotel points earned on business travel.", "Employees keep any airline miles")]
    [InlineData("No. Upgrades are paid personally, never on the company card.", "Upgrades are paid personally")]
    [InlineData("Of course! Book through the travel portal so the trip is insured.", "Book through the travel portal")]
    public async Task An_faq_answer_that_opens_with_a_bare_yes_or_no_quotes_the_sentence_with_the_content(string answer, string quoted)
    {
        using var folder = new TempFolder();
        folder.Write("travel.txt", $"Travel Policy\nHow to book and pay for business trips.\n\nFrequently Asked Questions\nCan I keep it?\n{answer}\n");

        var faq = (await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None)).Entries.Single(e => e.Kind == EntryKind.Faq);

        Assert.StartsWith(quoted, faq.Quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_curated_answer_that_opens_with_yes_quotes_its_sentence_with_the_content()
    {
        using var folder = new TempFolder();
        folder.Write("travel.json", """{ "title": "Travel", "entries": [ { "questions": ["Can I keep my miles?"], "answer": "Yes. Employees keep any airline miles." } ] }""");

        var entry = Assert.Single((await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None)).Entries);

        Assert.Equal("Employees keep any airline miles.", entry.Quote.Text);
    }
}
