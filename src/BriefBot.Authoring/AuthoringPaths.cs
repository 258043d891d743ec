namespace BriefBot.Authoring;

/// <summary>Where the console's pages, API and assets live.</summary>
public static class AuthoringPaths
{
    public const string Root = "/authoring";
    public const string Api = Root + "/api";
    public const string SignIn = Root + "/sign-in";
    public const string SignOut = Root + "/sign-out";
    public const string Static = Root + "/static";
    public const string Knowledge = Root + "/";
    public const string Try = Root + "/try";
    public const string Unanswered = Root + "/unanswered";
    public const string Learned = Root + "/learned";
    public const string Export = Root + "/learned/export";
    public const string Digests = Root + "/digests";

    public static bool IsApi(string path) => path.StartsWith(Api + "/", StringComparison.Ordinal) || path == Api;
}
