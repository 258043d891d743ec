namespace BriefBot.Core.Tests.Matching;

public sealed class AutocompleteTests
{
    private static readonly BriefBot.Core.Matching.Matcher Matcher = TestKnowledge.DefaultMatcher();

    [Theory]
    [InlineData("weap", "What specific weapons can Ukraine now use inside Russia?")]
    [InlineData("russia resp", "How has Russia responded to this announcement?")]
    [InlineData("why did biden", "Why did the Biden administration change its policy now?")]
    [InlineData("himars", "What is HIMARS?")]
    public void Completes_a_half_typed_question_from_the_knowledge(string partial, string expected)
    {
        var choices = Matcher.Autocomplete(partial, 25);

        Assert.Equal(expected, choices[0]);
    }

    [Fact]
    public void An_empty_prefix_offers_questions_and_respects_the_limit()
    {
        var choices = Matcher.Autocomplete("", 3);

        Assert.Equal(3, choices.Count);
        Assert.All(choices, c => Assert.EndsWith("?", c, StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_matching_offers_nothing() =>
        Assert.Empty(Matcher.Autocomplete("zzqx", 25));

    [Fact]
    public void A_word_of_answers_and_facts_finds_their_questions_and_sentences()
    {
        var choices = Matcher.Autocomplete("atac", 25);

        // ATACMS stands in no question: in one FAQ answer and one bullet fact.
        Assert.Contains("Does this mean Ukraine can strike anywhere in Russia?", choices);
        Assert.Contains("The authorization does not currently extend to long-range ATACMS missiles for deep strikes.", choices);
    }

    [Theory]
    [InlineData("stockp", "The move comes as military analysts warn that U.S. weapons stockpiles are reaching critical lows, raising questions about the sustainability of increased munitions expenditure on multiple fronts.")]
    [InlineData("what did the kremlin warn", "In Moscow, the Kremlin has already issued a stern warning, suggesting that the use of U.S. weapons on Russian soil would be viewed as direct American participation in the war.")]
    public void A_word_only_a_fact_holds_offers_that_fact(string partial, string fact) =>
        Assert.Equal(fact, Matcher.Autocomplete(partial, 25)[0]);

    [Fact]
    public void A_question_that_holds_the_typed_words_comes_before_an_answer_that_does()
    {
        var choices = Matcher.Autocomplete("weap", 25).ToList();

        Assert.Equal(choices.Count, choices.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains("The move comes as military analysts warn that U.S. weapons stockpiles are reaching critical lows, raising questions about the sustainability of increased munitions expenditure on multiple fronts.", choices);
        Assert.True(choices.IndexOf("What specific weapons can Ukraine now use inside Russia?") < choices.IndexOf("Does this mean Ukraine can strike anywhere in Russia?"));
    }

    [Fact]
    public void Every_offer_is_a_question_or_a_sentence_of_the_knowledge_and_the_limit_holds()
    {
        var known = Matcher.Knowledge.Entries.SelectMany(e => e.Questions.Append(e.Answer)).ToHashSet(StringComparer.Ordinal);

        var choices = Matcher.Autocomplete("u", 5);

        Assert.Equal(5, choices.Count);
        Assert.All(choices, c => Assert.Contains(c, known));
    }

    [Fact]
    public void A_word_a_synonym_replaced_in_the_index_completes_without_failing()
    {
        var matcher = TestKnowledge.MatcherFor(("remote.json", """
            {
              "title": "Remote work",
              "entries": [ { "questions": ["Can I wfh on Fridays?"], "answer": "Yes, work from home is fine on Fridays." } ],
              "synonyms": [ ["wfh", "work from home"] ]
            }
            """));

        Assert.All(matcher.Autocomplete("hom", 25), c => Assert.Equal("Can I wfh on Fridays?", c));
        Assert.Equal(["Can I wfh on Fridays?"], matcher.Autocomplete("fri", 25));
    }
}
