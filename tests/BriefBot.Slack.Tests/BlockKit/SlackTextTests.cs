using BriefBot.Slack.BlockKit;

namespace BriefBot.Slack.Tests.BlockKit;

public class SlackTextTests
{
    [Fact]
    public void Escapes_exactly_the_three_reserved_characters() =>
        Assert.Equal("&lt;!channel&gt; &amp; &lt;@U123&gt; say \"hi\" *bold*", SlackText.Escape("<!channel> & <@U123> say \"hi\" *bold*"));

    [Fact]
    public void Leaves_short_text_alone() => Assert.Equal("short text", SlackText.Cut("short text", 100));

    [Fact]
    public void Cuts_at_a_word_boundary_with_an_ellipsis()
    {
        var cut = SlackText.Cut("The quick brown fox jumps over the lazy dog", 20);
        Assert.Equal("The quick brown fox…", cut);
        Assert.True(cut.Length <= 20);
    }

    [Fact]
    public void A_hard_cut_never_splits_an_entity_or_a_surrogate_pair()
    {
        var entity = SlackText.Cut(new string('a', 15) + "&amp;" + new string('b', 20), 18);
        Assert.Equal(new string('a', 15) + "…", entity);

        var emoji = SlackText.Cut(new string('a', 8) + "😀😀😀😀", 10);
        Assert.Equal(new string('a', 8) + "…", emoji);
    }

    [Fact]
    public void Quotes_every_line() => Assert.Equal(">one\n>two", SlackText.Quote("one\ntwo"));

    [Fact]
    public void Packs_lines_into_texts_within_the_limit()
    {
        var lines = Enumerable.Range(0, 100).Select(i => $"line {i:D3} " + new string('x', 40)).ToList();
        var packed = SlackText.Pack(lines, 500);
        Assert.All(packed, p => Assert.True(p.Length <= 500));
        Assert.Equal(lines, packed.SelectMany(p => p.Split('\n')));
    }
}
