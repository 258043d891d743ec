using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Matching;

/// <summary>An author sees why the lexical matcher scored a candidate as it did, as for the fused one.</summary>
public sealed class LexicalScorePartsTests
{
    [Fact]
    public void Each_lexical_candidate_carries_the_part_its_confidence_came_from()
    {
        var matcher = TestKnowledge.DefaultMatcher();

        var result = matcher.Match("what weapons can ukraine use in russia");

        Assert.NotEmpty(result.Ranked);
        Assert.All(result.Ranked, c =>
        {
            var part = Assert.Single(c.Parts);
            Assert.Equal(Matcher.LexicalPart, part.Name);
            Assert.Equal(c.Confidence, (int)Math.Floor(part.Contribution));
        });
    }
}
