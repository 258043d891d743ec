using BriefBot.ConsoleChat;
using BriefBot.Core.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefBot.Cli;

/// <summary><c>digest NAME --preview</c>: prints the digest NAME would post now, without posting or recording it.</summary>
internal static class DigestCommand
{
    public static readonly IReadOnlyDictionary<string, bool> Options = new Dictionary<string, bool> { ["preview"] = false };

    public static async Task<int> RunAsync(ParsedArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Positional.Count != 1 || !args.Has("preview"))
        {
            throw new UsageException("digest needs a digest name and --preview (digests are posted on their schedule).");
        }

        using var host = await CommandHost.StartAsync(args, console, cancellationToken, withStore: true).ConfigureAwait(false);
        var digests = host.Services.GetRequiredService<IOptions<DigestsOptions>>().Value.Items;
        var digest = digests.FirstOrDefault(d => d.Name.Equals(args.Positional[0], StringComparison.OrdinalIgnoreCase));
        if (digest is null)
        {
            var known = digests.Count == 0 ? "none is configured (see Digests in appsettings.json)" : "configured: " + string.Join(", ", digests.Select(d => d.Name));
            await console.Error.WriteLineAsync($"error: no digest named '{args.Positional[0]}'; {known}.").ConfigureAwait(false);
            return 1;
        }

        var composer = host.Services.GetRequiredService<DigestComposer>();
        var (preview, _) = await composer.ComposeAsync(digest, TimeProvider.System.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await console.Out.WriteLineAsync(DigestText.Render(preview)).ConfigureAwait(false);
        return 0;
    }
}
