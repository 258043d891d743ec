using BriefBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Digests;

/// <summary>
/// Checks every digest at start: a name, a platform, a channel (unless its platform's adapter has a default one), a
/// valid cron and time zone, sane limits. Which platforms exist is the registered adapters' to say, not Core's: the
/// scheduler refuses a digest whose platform no enabled adapter serves.
/// </summary>
public sealed class DigestsOptionsValidator(IEnumerable<IChatAdapter> adapters) : IValidateOptions<DigestsOptions>
{
    private readonly IChatAdapter[] adapters = [.. adapters];

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

            if (string.IsNullOrWhiteSpace(digest.Platform))
            {
                failures.Add($"{label}: Platform is required.");
            }
            else if (string.IsNullOrWhiteSpace(digest.Channel) && DefaultChannel(digest.Platform) is null)
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

    private string? DefaultChannel(string platform) =>
        adapters.FirstOrDefault(a => a.Platform.Equals(platform, StringComparison.OrdinalIgnoreCase))?.DefaultChannel;
}
