using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Matching;

public sealed class EnglishStemmerTests
{
    // Expected stems from the Snowball project's published Porter2 vocabulary/output lists.
    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consigned", "consign")]
    [InlineData("consigning", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consolation", "consol")]
    [InlineData("knightly", "knight")]
    [InlineData("generously", "generous")]
    [InlineData("lobbying", "lobbi")]
    [InlineData("lobbied", "lobbi")]
    [InlineData("responded", "respond")]
    [InlineData("authorization", "author")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("hopping", "hop")]
    [InlineData("cries", "cri")]
    [InlineData("ties", "tie")]
    [InlineData("gas", "gas")]
    [InlineData("kiwis", "kiwi")]
    public void Stems_as_porter2_does(string word, string stem) =>
        Assert.Equal(stem, EnglishStemmer.Stem(word));
}
