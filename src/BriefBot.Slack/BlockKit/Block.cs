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

internal sealed record SectionBlock(TextObject Text) : Block;

/// <summary>Small grey text; at most 10 elements.</summary>
internal sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;

internal sealed record ActionsBlock(string BlockId, IReadOnlyList<ButtonElement> Elements) : Block;

/// <summary>Large bold plain text, at most 150 characters.</summary>
internal sealed record HeaderBlock(TextObject Text) : Block;

internal sealed record DividerBlock : Block;
