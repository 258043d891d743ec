using System.Text.Json;
using System.Text.Json.Serialization;
using BriefBot.Core.Replies;

namespace BriefBot.Cli;

/// <summary>The JSON form of a reply that <c>ask --json</c> prints, one object per line.</summary>
internal static class ReplyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var source = reply.Quote?.Source;
        return JsonSerializer.Serialize(
            new Shape(
                reply.Question,
                reply.Answered,
                reply.Answer,
                reply.Quote?.Text,
                source is null ? null : new SourceShape(source.Document, source.Section, source.File, source.Page),
                reply.Confidence,
                reply.Suggestions,
                [.. reply.Passages.Select(p => new PassageShape(p.Quote.Text, p.Quote.Source.Document, p.Quote.Source.Section, p.Confidence))],
                reply.EntryId),
            Options);
    }

    private sealed record Shape(
        string Question,
        bool Answered,
        string? Answer,
        string? Quote,
        SourceShape? Source,
        int Confidence,
        IReadOnlyList<string> Suggestions,
        IReadOnlyList<PassageShape> Passages,
        string? EntryId);

    /// <summary>A sentence offered with a decline as possibly relevant (empty for an answer).</summary>
    private sealed record PassageShape(string Quote, string Document, string? Section, int Confidence);

    private sealed record SourceShape(string Document, string? Section, string File, int? Page);
}
