namespace BriefBot.Core.Matching;

/// <summary>A target or an entry left out of a match, as the knowledge base's self-calibration asks its own phrasings.</summary>
internal readonly record struct Exclusion(int Target, int Entry)
{
    public static Exclusion None { get; } = new(-1, -1);

    public bool Excludes(int target, int entry) => target == Target || entry == Entry;
}
