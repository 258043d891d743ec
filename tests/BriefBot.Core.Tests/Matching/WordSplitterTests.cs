using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Matching;

public sealed class WordSplitterTests
{
    [Fact]
    public void Dotted_acronyms_are_one_word_and_never_stop_words()
    {
        var words = WordSplitter.Split("U.S.-supplied rockets for us");

        Assert.Equal(["us", "supplied", "rockets", "for", "us"], words.Select(w => w.Lower));
        Assert.False(words[0].IsStopWord);
        Assert.True(words[4].IsStopWord);
    }

    [Fact]
    public void Decimals_and_versions_stay_whole() =>
        Assert.Equal(["beacon", "4.0", "costs", "1.8", "at", "9:12"], WordSplitter.Split("Beacon 4.0 costs $1.8 at 9:12").Select(w => w.Lower));

    [Fact]
    public void Contractions_lose_their_tails() =>
        Assert.Equal(["what", "the", "kremlin", "can", "not", "do"], WordSplitter.Split("What’s the Kremlin’s can't do").Select(w => w.Lower).Where(w => w != "s"));

    [Fact]
    public void Capitalised_words_inside_a_sentence_are_names_but_a_shouted_question_is_not_acronyms()
    {
        var words = WordSplitter.Split("How many cases in Columbus?");
        Assert.True(words.Single(w => w.Lower == "columbus").Proper);
        Assert.False(words[0].Proper);

        Assert.All(WordSplitter.Split("WHAT IS THE NEW TRAVEL POLICY"), w => Assert.False(w.Caps));
    }
}
