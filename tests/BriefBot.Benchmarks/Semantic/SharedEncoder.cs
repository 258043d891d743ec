using BriefBot.Embeddings;

namespace BriefBot.Benchmarks.Semantic;

/// <summary>One model for the whole run, as the bot holds one: loading it takes about a second and 100 MB.</summary>
public static class SharedEncoder
{
    private static readonly Lazy<MiniLmEncoder> Model = new(() => new MiniLmEncoder());

    public static MiniLmEncoder Instance => Model.Value;
}
