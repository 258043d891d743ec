using BriefBot.Core.Replies;

namespace BriefBot.Authoring.Knowledge;

/// <summary>A quoted sentence and where it stands, flat for JSON and pages.</summary>
public sealed record QuoteView(string Text, string Document, string? Section, string File)
{
    public static QuoteView Of(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new QuoteView(quote.Text, quote.Source.Document, quote.Source.Section, quote.Source.File);
    }
}
