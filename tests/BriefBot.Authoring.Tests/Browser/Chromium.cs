using Microsoft.Playwright;

namespace BriefBot.Authoring.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright: the system browser by its path, headless, in a fresh profile, with
/// everything that would reach the internet switched off. Playwright never downloads a browser here.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;
    private string profile = "";

    public IBrowserContext Context { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"The browser tests need Debian's chromium at {ExecutablePath}: apt-get install chromium (.ci/run installs it).");
        }

        profile = Directory.CreateTempSubdirectory("briefbot-chromium-").FullName;
        playwright = await Playwright.CreateAsync();
        Context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
            // The narrowest phone the console must stay usable on.
            ViewportSize = new ViewportSize { Width = 360, Height = 800 },
            AcceptDownloads = true,
        });
    }

    public async Task DisposeAsync()
    {
        if (Context is not null)
        {
            await Context.CloseAsync();
        }

        playwright?.Dispose();
        if (profile.Length > 0)
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
