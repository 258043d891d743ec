using Microsoft.Extensions.Options;

namespace BriefBot.Authoring;

/// <summary>
/// Refuses to start with a console nobody can sign in to, or with a token short enough to guess or shared by two
/// authors (their changes could not be told apart). Messages name the setting, never the token.
/// </summary>
public sealed class AuthoringOptionsValidator : IValidateOptions<AuthoringOptions>
{
    public const int MinimumTokenLength = 32;
    public const int MaximumNameLength = 100;

    public ValidateOptionsResult Validate(string? name, AuthoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.Authors.Count == 0)
        {
            failures.Add("Authoring:Authors needs at least one author (Authoring:Authors:0:Name and Authoring:Authors:0:Token) when Authoring:Enabled is true.");
        }

        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Authors.Count; i++)
        {
            var author = options.Authors[i];
            if (string.IsNullOrWhiteSpace(author.Name) || author.Name.Length > MaximumNameLength)
            {
                failures.Add($"Authoring:Authors:{i}:Name must be 1 to {MaximumNameLength} characters.");
            }
            else if (!names.Add(author.Name.Trim()))
            {
                failures.Add($"Authoring:Authors:{i}:Name repeats another author's name.");
            }

            if (author.Token.Length < MinimumTokenLength)
            {
                failures.Add($"Authoring:Authors:{i}:Token must be at least {MinimumTokenLength} characters.");
            }
            else if (!tokens.Add(author.Token))
            {
                failures.Add($"Authoring:Authors:{i}:Token is the same as another author's token.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
