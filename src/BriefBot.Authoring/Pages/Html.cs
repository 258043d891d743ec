using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace BriefBot.Authoring.Pages;

/// <summary>
/// Markup that is safe to send. The only way to make one from text is <see cref="Of"/>, whose holes are
/// HTML-encoded unless they are <see cref="Html"/> themselves: everything a page shows that the bot did not write
/// (document lines, questions people asked) is escaped by construction, not by remembering to.
/// </summary>
public readonly record struct Html
{
    private Html(string value) => Value = value;

    public string Value { get; } = "";

    public static Html Empty { get; } = new("");

    public static Html Of(ref Builder markup) => new(markup.Build());

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(p => p.Value)));

    public override string ToString() => Value;

    /// <summary>Literal parts are markup; every value is encoded, except <see cref="Html"/>.</summary>
    [InterpolatedStringHandler]
    public ref struct Builder
    {
        private readonly StringBuilder text;

        public Builder(int literalLength, int formattedCount) => text = new StringBuilder(literalLength + (formattedCount * 16));

        public readonly void AppendLiteral(string value) => text.Append(value);

        public readonly void AppendFormatted(Html value) => text.Append(value.Value);

        public readonly void AppendFormatted(string? value) => text.Append(HtmlEncoder.Default.Encode(value ?? ""));

        public readonly void AppendFormatted<T>(T value)
            where T : IFormattable => text.Append(HtmlEncoder.Default.Encode(value.ToString(null, System.Globalization.CultureInfo.InvariantCulture)));

        public readonly void AppendFormatted<T>(T value, string format)
            where T : IFormattable => text.Append(HtmlEncoder.Default.Encode(value.ToString(format, System.Globalization.CultureInfo.InvariantCulture)));

        internal readonly string Build() => text.ToString();
    }
}
