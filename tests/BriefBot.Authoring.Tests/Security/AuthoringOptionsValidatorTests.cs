namespace BriefBot.Authoring.Tests.Security;

/// <summary>A console nobody can safely sign in to does not start, and the message names the setting, never the token.</summary>
public sealed class AuthoringOptionsValidatorTests
{
    private static readonly AuthoringOptionsValidator Validator = new();

    [Fact]
    public void Off_by_default_needs_nothing() => Assert.True(Validator.Validate(null, new AuthoringOptions()).Succeeded);

    [Fact]
    public void A_short_token_is_refused_naming_the_setting_not_the_token()
    {
        var result = Validator.Validate(null, Options(("Ada", "too-short-a-secret")));
        Assert.True(result.Failed);
        Assert.Contains("Authoring:Authors:0:Token must be at least 32 characters", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("too-short-a-secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_authors_with_one_token_or_one_name_are_refused()
    {
        var token = new string('t', 40);
        var result = Validator.Validate(null, Options(("Ada", token), ("Grace", token), ("ada", new string('u', 40))));
        Assert.Contains("Authoring:Authors:1:Token is the same as another author's token", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Authoring:Authors:2:Name repeats another author's name", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Enabled_without_authors_is_refused() =>
        Assert.Contains("Authoring:Authors needs at least one author", Validator.Validate(null, Options()).FailureMessage, StringComparison.Ordinal);

    private static AuthoringOptions Options(params (string Name, string Token)[] authors)
    {
        var options = new AuthoringOptions { Enabled = true };
        options.Authors.AddRange(authors.Select(a => new AuthorOptions { Name = a.Name, Token = a.Token }));
        return options;
    }
}
