using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Matching;

public sealed class TypoCorrectorTests
{
    private static readonly TypoCorrector Corrector = new(new Dictionary<string, int>
    {
        ["ukraine"] = 5, ["weapons"] = 3, ["authorization"] = 2, ["what"] = 1_000_000, ["hit"] = 1,
    });

    [Theory]
    [InlineData("ukriane", "ukraine")]
    [InlineData("weapns", "weapons")]
    [InlineData("weaponss", "weapons")]
    [InlineData("authorizaton", "authorization")]
    [InlineData("wat", "what")]
    public void Corrects_to_the_closest_known_word(string typo, string expected) =>
        Assert.Equal(expected, Corrector.Correct(typo));

    [Theory]
    [InlineData("hot")]
    [InlineData("ukraine")]
    [InlineData("zebra")]
    public void Leaves_short_known_and_unrelated_words_alone(string word) =>
        Assert.Null(Corrector.Correct(word));
}
