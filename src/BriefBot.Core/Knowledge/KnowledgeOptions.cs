using System.ComponentModel.DataAnnotations;

namespace BriefBot.Core.Knowledge;

/// <summary>Settings of section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions : IValidatableObject
{
    public const string Section = "Knowledge";

    /// <summary>The folder of briefings and curated files. A relative path is relative to the content root (the repository root when run from source).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "knowledge";

    /// <summary>Reload when files under <see cref="Path"/> change. On by default.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must be quiet after a change before reloading: an editor's save-in-several-writes is one reload.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the folder is also checked without a file-system event (network drives, containers, missed events).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Web pages read as HTML briefings, fetched at start and on every <see cref="PollInterval"/>; <c>http</c> and <c>https</c> only.</summary>
    public IList<string> Urls { get; } = [];

    /// <summary>Where the last good copy of each web page is kept; by default <c>pages/</c> beside the database.</summary>
    public string? PageCache { get; set; }

    /// <summary>How long a web page may take to answer before the fetch counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan UrlTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How many redirects a web page may take.</summary>
    [Range(0, 20)]
    public int UrlMaxRedirects { get; set; } = 5;

    /// <summary>The largest document (a file, or a Word file unpacked, or a web page) that is read, in megabytes.</summary>
    [Range(1, 2048)]
    public int MaxDocumentMegabytes { get; set; } = 20;

    /// <summary>The most pages a PDF may have.</summary>
    [Range(1, 100_000)]
    public int MaxPdfPages { get; set; } = 500;

    /// <summary>How long reading one Word, PDF or HTML document may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan DocumentReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in Urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                yield return new ValidationResult($"Knowledge:Urls: \"{url}\" is not an http or https URL.", [nameof(Urls)]);
            }
        }
    }
}
