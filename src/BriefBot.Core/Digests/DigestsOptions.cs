namespace BriefBot.Core.Digests;

/// <summary>The <c>Digests</c> section: a list of scheduled digests.</summary>
public sealed class DigestsOptions
{
    public const string Section = "Digests";

    public List<DigestOptions> Items { get; } = [];
}
