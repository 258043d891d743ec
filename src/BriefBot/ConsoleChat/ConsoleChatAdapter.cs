using BriefBot.Cli;
using BriefBot.Core.Chat;
using BriefBot.Core.Digests;

namespace BriefBot.ConsoleChat;

/// <summary>The console as a chat platform: digests for platform "console" are printed on standard output.</summary>
internal sealed class ConsoleChatAdapter(CliConsole console) : IChatAdapter
{
    public const string PlatformName = "console";

    public string Platform => PlatformName;

    /// <summary>Standard output is the console's one channel, so a console digest needs none in its settings.</summary>
    public string? DefaultChannel => PlatformName;

    public async Task PostDigestAsync(string channel, Digest digest, CancellationToken cancellationToken)
    {
        await console.Out.WriteLineAsync(DigestText.Render(digest).AsMemory(), cancellationToken).ConfigureAwait(false);
        await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
