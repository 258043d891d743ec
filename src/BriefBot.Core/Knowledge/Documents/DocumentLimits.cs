namespace BriefBot.Core.Knowledge.Documents;

/// <summary>How much a document may ask of the loader: its size in bytes (unpacked, for a Word file), its pages, and the time to read it.</summary>
public sealed record DocumentLimits(long MaxBytes, int MaxPages, TimeSpan ReadTimeout)
{
    public static DocumentLimits Default { get; } = Of(new KnowledgeOptions());

    public static DocumentLimits Of(KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.MaxDocumentMegabytes * 1024L * 1024, options.MaxPdfPages, options.DocumentReadTimeout);
    }

    /// <summary>A size in the unit the setting uses, for problems that name the limit.</summary>
    public static string Megabytes(long bytes) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
