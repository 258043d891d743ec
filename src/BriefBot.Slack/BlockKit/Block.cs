using System.Text.Json.Serialization;

namespace BriefBot.Slack.BlockKit;

/// <summary>A Block Kit layout block; the JSON <c>type</c> comes from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
internal abstract record Block;

internal sealed record SectionBlock(TextObject Text) : Block
{
    /// <summary>A section of mrkdwn (escaped already where it came from users or knowledge), cut to Block Kit's limit.</summary>
    public static SectionBlock Mrkdwn(string mrkdwn) => new(TextObject.Mrkdwn(SlackText.Cut(mrkdwn, BlockLimits.SectionText)));
}

/// <summary>Small grey text; at most 10 elements.</summary>
internal sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block
{
    /// <summary>A context of one mrkdwn element, cut to the limit Slack sets for any text object.</summary>
    public static ContextBlock Mrkdwn(string mrkdwn) => new([TextObject.Mrkdwn(SlackText.Cut(mrkdwn, BlockLimits.SectionText))]);
}

internal sealed record ActionsBlock(string BlockId, IReadOnlyList<ButtonElement> Elements) : Block;

/// <summary>Large bold plain text, at most 150 characters.</summary>
internal sealed record HeaderBlock(TextObject Text) : Block;

internal sealed record DividerBlock : Block;
