using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Matching;

public sealed class ChatTextTests
{
    [Theory]
    [InlineData("<@U024BE7LH> when was this confirmed?", "when was this confirmed?")]
    [InlineData("<@!80351110224678912> hi", "hi")]
    [InlineData("<@80351110224678912> hi <@&123456789012345678>", "hi")]
    [InlineData("see <#C123|general> now", "see now")]
    [InlineData("<!here> anyone?", "anyone?")]
    [InlineData("@everyone @here ping", "ping")]
    [InlineData("read <https://example.com/doc|the doc> please", "read the doc please")]
    [InlineData("check https://example.com/a?b=c and www.example.org", "check and")]
    [InlineData(":wave: hello :+1:", "hello")]
    [InlineData("<:party:123456789012345678> hello", "hello")]
    [InlineData("**bold** and _italic_ and `code` and ~~gone~~", "bold and italic and code and gone")]
    [InlineData("> quoted question?", "quoted question?")]
    public void Strips_what_chat_platforms_add(string input, string expected) =>
        Assert.Equal(expected, ChatText.Clean(input));

    [Fact]
    public void Straightens_typographic_quotes_and_dashes() =>
        Assert.Equal("what's \"new\" - now", ChatText.Clean("what’s “new” — now"));

    [Fact]
    public void Keeps_word_internal_underscores() =>
        Assert.Equal("the max_retries setting", ChatText.Clean("the max_retries setting"));
}
