using BriefBot.Core.Chat;

namespace BriefBot.Core.Tests.Chat;

public sealed class ChatLimitsTests
{
    [Fact]
    public void A_40000_character_message_is_cut_to_the_matching_limit()
    {
        var text = new string('a', 40_000);

        Assert.Equal(ChatLimits.MaxQuestionLength, ChatLimits.Sanitize(text).Length);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('a', ChatLimits.MaxQuestionLength - 1) + "😀" + "tail";

        var sanitized = ChatLimits.Sanitize(text);

        Assert.False(char.IsHighSurrogate(sanitized[^1]));
    }

    [Fact]
    public void Lone_surrogates_and_nulls_from_broken_utf8_become_replacement_characters() =>
        Assert.Equal("a\uFFFDb\uFFFDc", ChatLimits.Sanitize("a\uD800b\0c"));
}
