using BriefBot.Slack.Events;

namespace BriefBot.Slack.Tests.Events;

public class SlackMarkupTests
{
    [Theory]
    [InlineData("<@UBOT> when does the office move?", "when does the office move?")]
    [InlineData("<@UBOT|briefbot>   where do I park?", "where do I park?")]
    [InlineData("<!channel> <@U123> is <#C42|general> open &amp; ready?", "is #general open & ready?")]
    [InlineData("see <https://example.com/a|the plan> and <https://example.com/b>", "see the plan and https://example.com/b")]
    [InlineData("is 3 &lt; 4 &gt; 2?", "is 3 < 4 > 2?")]
    public void Turns_markup_into_the_plain_question(string text, string expected) =>
        Assert.Equal(expected, SlackMarkup.ToPlainText(text, "UBOT"));
}
