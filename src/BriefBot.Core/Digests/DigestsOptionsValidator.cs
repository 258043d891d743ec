using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>Checks every digest at start: a name, a known platform, a channel, a valid cron and time zone, sane limits.</summary>
public sealed class DigestsOptionsValidator : IValidateOptions<DigestsOptions>
{
    private static readonly string[] Platforms = ["slack", "discord", "console"];

    public ValidateOptionsResult Validate(string? name, DigestsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Items.Count; i++)
        {
            var digest = options.Items[i];
            var label = string.IsNullOrWhiteSpace(digest.Name) ? $"Digests:{i}" : $"Digest '{digest.Name}'";
            if (string.IsNullOrWhiteSpace(digest.Name))
            {
                failures.Add($"{label}: Name is required.");
            }
            else if (!names.Add(digest.Name))
            {
                failures.Add($"{label}: Name is used by another digest.");
            }

            if (!Platforms.Contains(digest.Platform, StringComparer.OrdinalIgnoreCase))
            {
                failures.Add($"{label}: Platform '{digest.Platform}' must be slack, discord or console.");
            }
            else if (!digest.Platform.Equals("console", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(digest.Channel))
            {
                failures.Add($"{label}: Channel is required for {digest.Platform}.");
            }

            if (digest.MaxItems is < 1 or > 50)
            {
                failures.Add($"{label}: MaxItems must be between 1 and 50.");
            }

            if (digest.CatchUpWindow < TimeSpan.Zero || digest.CatchUpWindow > TimeSpan.FromDays(7))
            {
                failures.Add($"{label}: CatchUpWindow must be between 0 and 7 days.");
            }

            try
            {
                DigestSchedule.Parse(digest);
            }
            catch (DigestConfigurationException e)
            {
                failures.Add(e.Message);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
