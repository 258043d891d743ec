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

    [Fact]
    public void A_question_within_the_limit_is_read_whole() =>
        Assert.Equal("What is HIMARS?", ChatLimits.QuestionIn("  What is HIMARS?  "));

    [Fact]
    public void From_a_long_message_the_last_question_in_it_is_read()
    {
        var pasted = string.Concat(Enumerable.Repeat("The deploy log says the job finished. ", 60));

        Assert.Equal("Can Ukraine use HIMARS inside Russia?", ChatLimits.QuestionIn(pasted + "Thanks for looking.\nCan Ukraine use HIMARS inside Russia?\nCheers"));
    }

    [Fact]
    public void A_long_message_without_a_question_mark_has_no_question_to_read() =>
        Assert.Null(ChatLimits.QuestionIn(new string('a', ChatLimits.MaxQuestionLength + 1)));
}
