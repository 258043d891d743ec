using System.CommandLine;
using BriefBot.ConsoleChat;
using BriefBot.Core.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefBot.Cli;

/// <summary><c>digest NAME --preview</c>: prints the digest NAME would post now, without posting or recording it.</summary>
internal static class DigestCommand
{
    private static readonly Argument<string> Name = new("NAME") { Description = "The digest's Name in the Digests settings." };

    private static readonly Option<bool> Preview = new("--preview") { Description = "Print it without posting or recording it (the only way: digests are posted on their schedule).", Required = true };

    public static Command Create(CommandInput input)
    {
        var command = new Command("digest", "Print the digest NAME would post now, without posting it.") { Name, Preview };
        command.SetAction((parse, cancellationToken) => RunAsync(parse, input, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CommandInput input, CancellationToken cancellationToken)
    {
        var console = input.Console;
        var name = parse.GetRequiredValue(Name);
        using var host = await CommandHost.StartAsync(input.Configuration(parse), console, withStore: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        var digests = host.Services.GetRequiredService<IOptions<DigestsOptions>>().Value.Items;
        var digest = digests.FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (digest is null)
        {
            var known = digests.Count == 0 ? "none is configured (see Digests in appsettings.json)" : "configured: " + string.Join(", ", digests.Select(d => d.Name));
            await console.Error.WriteLineAsync($"error: no digest named '{name}'; {known}.").ConfigureAwait(false);
            return 1;
        }

        var composer = host.Services.GetRequiredService<DigestComposer>();
        var (preview, _) = await composer.ComposeAsync(digest, TimeProvider.System.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await console.Out.WriteLineAsync(DigestText.Render(preview)).ConfigureAwait(false);
        return 0;
    }
}
