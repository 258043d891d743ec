namespace BriefBot.Authoring.Tests.Support;

/// <summary>The authors every test host is configured with.</summary>
internal static class Authors
{
    public const string Ada = "Ada";
    public const string AdaToken = "ada-0123456789-abcdefghij-klmnopqrstuv";
    public const string Grace = "Grace";
    public const string GraceToken = "grace-0123456789-abcdefghij-klmnopqrs";
    public const string WrongToken = "nobody-0123456789-abcdefghij-klmnopq";

    public static IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Authoring:Enabled", "true"),
        new("Authoring:Authors:0:Name", Ada),
        new("Authoring:Authors:0:Token", AdaToken),
        new("Authoring:Authors:1:Name", Grace),
        new("Authoring:Authors:1:Token", GraceToken),
    ];
}
