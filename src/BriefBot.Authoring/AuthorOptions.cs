namespace BriefBot.Authoring;

/// <summary>One author: the name their changes are recorded under, and the token they sign in with.</summary>
public sealed class AuthorOptions
{
    public string Name { get; set; } = "";

    public string Token { get; set; } = "";
}
