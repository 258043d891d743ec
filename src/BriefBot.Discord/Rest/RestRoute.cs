namespace BriefBot.Discord.Rest;

/// <summary>
/// A request's rate-limit identity. Discord limits per route and per "major parameter" (channel, guild, webhook id
/// and token), so <see cref="Key"/> keeps those and masks every other id; <see cref="Template"/> masks all ids and
/// tokens and is what logs show.
/// </summary>
internal sealed record RestRoute(string Key, string Major, string Template)
{
    private static readonly string[] MajorParents = ["channels", "guilds", "webhooks"];

    /// <summary>An interaction's first response, which Discord takes only within 3 s of the interaction.</summary>
    public bool IsInteractionCallback =>
        Template.Contains("/interactions/{id}/{token}/callback", StringComparison.Ordinal);

    public static RestRoute For(HttpMethod method, Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var key = new List<string>(segments.Length);
        var template = new List<string>(segments.Length);
        var major = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var parent = i > 0 ? segments[i - 1] : "";
            var grandparent = i > 1 ? segments[i - 2] : "";
            if (segment.All(char.IsAsciiDigit))
            {
                var isMajor = MajorParents.Contains(parent, StringComparer.Ordinal);
                key.Add(isMajor || parent == "interactions" ? segment : "{id}");
                template.Add("{id}");
                if (isMajor)
                {
                    major.Add(segment);
                }
            }
            else if (grandparent is "webhooks" or "interactions")
            {
                // An interaction or webhook token: part of the webhook's major parameter, never shown in logs.
                key.Add(segment);
                template.Add("{token}");
                if (grandparent == "webhooks")
                {
                    major.Add(segment);
                }
            }
            else
            {
                key.Add(segment);
                template.Add(segment);
            }
        }

        return new RestRoute(method.Method + " /" + string.Join('/', key), string.Join('/', major), method.Method + " /" + string.Join('/', template));
    }
}
