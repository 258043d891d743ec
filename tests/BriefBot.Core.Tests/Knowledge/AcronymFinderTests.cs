using BriefBot.Core.Knowledge;

namespace BriefBot.Core.Tests.Knowledge;

public sealed class AcronymFinderTests
{
    [Theory]
    [InlineData("Ukraine may use High Mobility Artillery Rocket Systems (HIMARS) near the border.", "HIMARS", "High Mobility Artillery Rocket Systems")]
    [InlineData("such as Guided Multiple Launch Rocket Systems (GMLRS) and others.", "GMLRS", "Guided Multiple Launch Rocket Systems")]
    [InlineData("The review was published by the Site Reliability Engineering (SRE) team.", "SRE", "Site Reliability Engineering")]
    [InlineData("children who had not received the measles, mumps and rubella (MMR) vaccine", "MMR", "measles, mumps and rubella")]
    [InlineData("Book through the CTD (Corporate Travel Desk) from now on.", "CTD", "Corporate Travel Desk")]
    [InlineData("The Department of Public Health (DPH) confirmed it.", "DPH", "Department of Public Health")]
    public void Learns_acronyms_a_document_defines(string sentence, string shortForm, string longForm)
    {
        var found = AcronymFinder.Find(sentence).ToList();

        Assert.Contains((shortForm, longForm), found);
    }

    [Theory]
    [InlineData("The vote (held on Monday) passed.")]
    [InlineData("Prices rose (see the table).")]
    [InlineData("It was approved (USA) quickly.")]
    public void Ignores_parentheses_that_define_nothing(string sentence) =>
        Assert.Empty(AcronymFinder.Find(sentence));
}
