namespace BriefBot.Authoring;

/// <summary>Settings of section <c>Authoring</c>. The tokens are secrets: environment or user secrets, never a committed file.</summary>
public sealed class AuthoringOptions
{
    public const string Section = "Authoring";

    /// <summary>Serve the console under <c>/authoring</c>. Off by default.</summary>
    public bool Enabled { get; set; }

    /// <summary>Who may sign in: each author's name and secret token.</summary>
    public List<AuthorOptions> Authors { get; } = [];
}
