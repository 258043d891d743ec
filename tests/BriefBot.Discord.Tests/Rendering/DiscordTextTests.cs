using BriefBot.Discord.Rendering;

namespace BriefBot.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    [Fact]
    public void Cut_leaves_short_text_alone()
    {
        Assert.Equal("short text", DiscordText.Cut("short text", 100));
    }

    [Fact]
    public void Cut_ends_at_a_word_boundary_with_an_ellipsis()
    {
        var cut = DiscordText.Cut("the quick brown fox jumps over the lazy dog", 20);

        Assert.Equal("the quick brown fox…", cut);
        Assert.True(cut.Length <= 20);
    }

    [Fact]
    public void Cut_without_a_nearby_boundary_cuts_inside_the_word_but_never_a_surrogate_pair()
    {
        var text = "ab" + string.Concat(Enumerable.Repeat("😀", 20));

        var cut = DiscordText.Cut(text, 10);

        Assert.True(cut.Length <= 10);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(cut[^2]));
    }

    [Fact]
    public void Cut_drops_a_dangling_markdown_escape()
    {
        var text = DiscordText.Escape(new string('*', 50));

        var cut = DiscordText.Cut(text, 12);

        Assert.True(cut.Length <= 12);
        Assert.Equal(0, (cut.Length - 1 - cut.TrimEnd('…').TrimEnd('\\').Length) % 2);
        Assert.DoesNotContain("\\…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_neutralises_markdown_and_mention_syntax()
    {
        Assert.Equal(@"\*\*bold\*\* \_x\_ \~\~s\~\~ \`code\` \|\|spoiler\|\| \<@123\> \[link\](u)", DiscordText.Escape("**bold** _x_ ~~s~~ `code` ||spoiler|| <@123> [link](u)"));
        Assert.Equal("\\# heading\n\\- item\nnot # here - or here", DiscordText.Escape("# heading\n- item\nnot # here - or here"));
    }
}
