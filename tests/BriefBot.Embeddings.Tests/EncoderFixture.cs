using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Tests;

namespace BriefBot.Embeddings.Tests;

/// <summary>One model for the whole class: loading it takes about a second.</summary>
public sealed class EncoderFixture : IDisposable
{
    public MiniLmEncoder Encoder { get; } = new();

    public float[] Embed(string text)
    {
        var row = new float[Encoder.Dimensions];
        Encoder.Encode([text], row);
        return row;
    }

    /// <summary>The fused matcher over one knowledge file, written to a temporary folder and loaded as the bot loads it.</summary>
    public async Task<Matcher> MatcherAsync(string file, string content, MatchingOptions options)
    {
        using var folder = new TempFolder();
        folder.Write(file, content);
        var knowledge = await KnowledgeLoader.LoadAsync(folder.Path, CancellationToken.None);
        return new Matcher(knowledge, options, SemanticIndex.Build(knowledge, Encoder));
    }

    public void Dispose() => Encoder.Dispose();
}
