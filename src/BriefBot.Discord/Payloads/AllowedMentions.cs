namespace BriefBot.Discord.Payloads;

/// <summary>
/// Who a message may ping. BriefBot quotes questions and knowledge it did not write, so every message it sends
/// carries <see cref="None"/>: an empty <c>parse</c> list and no ids, so no <c>@everyone</c>, role or user is pinged.
/// </summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}
