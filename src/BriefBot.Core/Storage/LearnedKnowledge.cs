namespace BriefBot.Core.Storage;

/// <summary>Everything authors taught the bot, as of <paramref name="Version"/>, which grows with every change.</summary>
public sealed record LearnedKnowledge(long Version, IReadOnlyList<LearnedEntry> Entries, IReadOnlyList<LearnedPhrasing> Phrasings)
{
    public static LearnedKnowledge None { get; } = new(0, [], []);
}
