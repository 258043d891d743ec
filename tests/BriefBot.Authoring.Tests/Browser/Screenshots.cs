using BriefBot.Authoring.Tests.Support;
using BriefBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BriefBot.Authoring.Tests.Browser;

/// <summary>
/// The screenshots of docs/authoring.md: every page of the console, 1200 px wide, with a week of questions, a
/// learned entry and a digest behind it. Each is taken once the page shows what it is about.
/// </summary>
public sealed class Screenshots(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly KeyValuePair<string, string?>[] Digest =
    [
        new("Digests:0:Name", "morning"),
        new("Digests:0:Platform", "slack"),
        new("Digests:0:Channel", "C0123456789"),
        new("Digests:0:Schedule", "0 9 * * MON-FRI"),
        new("Digests:0:TimeZone", "Europe/Berlin"),
        new("Digests:0:MaxItems", "4"),
        new("Digests:0:IncludeUnanswered", "true"),
    ];

    [ScreenshotFact]
    public async Task Every_page_of_the_console()
    {
        var folder = ScreenshotFactAttribute.Folder();
        Directory.CreateDirectory(folder);
        await using var server = await AuthoringServer.StartAsync(settings: Digest);
        await SeedAsync(server);
        await chromium.Context.ClearCookiesAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.SetViewportSizeAsync(1200, 900);
        var url = (string path) => new Uri(server.BaseAddress, path).ToString();

        await page.GotoAsync(url("/authoring/"));
        await page.GetByLabel("Author token").FillAsync(Authors.AdaToken);
        await ShootAsync(page, folder, "sign-in", "Sign in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await ShootAsync(page, folder, "knowledge", "Knowledge");

        await page.GotoAsync(url("/authoring/try"));
        await page.GetByLabel("Question").FillAsync("wat weapons can ukriane use");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Top candidates" })).ToBeVisibleAsync();
        await ShootAsync(page, folder, "try", "Try");

        await page.GotoAsync(url("/authoring/unanswered"));
        await Assertions.Expect(page.Locator("ol.declined > li").First).ToBeVisibleAsync();
        await ShootAsync(page, folder, "unanswered", "Unanswered");

        await page.GotoAsync(url("/authoring/learned"));
        await Assertions.Expect(page.Locator("ul.entries")).ToContainTextAsync("written by Grace on ");
        await ShootAsync(page, folder, "learned", "Learned entries");

        await page.GotoAsync(url("/authoring/digests"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "morning" })).ToBeVisibleAsync();
        await ShootAsync(page, folder, "digests", "Digests");
        await page.CloseAsync();
    }

    /// <summary>What a week of use leaves: questions answered and declined on several days, a learned entry, a posted digest.</summary>
    private static async Task SeedAsync(AuthoringServer server)
    {
        string[] answered = ["What weapons can Ukraine use inside Russia?", "What is HIMARS?", "wat weapons can ukriane use"];
        string[] declined = ["Is the cafeteria open on Sundays?", "How many casualties were there in Kharkiv?", "how many casualties in kharkiv", "When is the next NATO summit?"];
        for (var day = 0; day < 6; day++)
        {
            for (var i = 0; i <= day % 3; i++)
            {
                await server.AskedAsync(answered[(day + i) % answered.Length], TimeSpan.FromDays(day) + TimeSpan.FromMinutes(5 + i));
            }

            await server.AskedAsync(declined[day % declined.Length], TimeSpan.FromDays(day) + TimeSpan.FromMinutes(30));
        }

        using (var grace = server.Client(Authors.GraceToken))
        using (await grace.PostAsync("/authoring/api/entries", Json.Body(new
        {
            questions = new[] { "Is the cafeteria open on Sundays?", "cafeteria sunday hours" },
            answer = "No: the cafeteria opens Monday to Friday, 8:00 to 15:00.",
        })))
        {
        }

        var store = server.Services.GetRequiredService<IBriefBotStore>();
        var now = server.Time.GetUtcNow();
        var due = new DateTimeOffset(now.UtcDateTime.Date.AddHours(8), TimeSpan.Zero);
        due = due > now ? due.AddDays(-1) : due;
        await store.TryClaimRunAsync("morning", due, due, CancellationToken.None);
        await store.MarkRunPostedAsync("morning", due, due.AddSeconds(2), CancellationToken.None);
    }

    private static async Task ShootAsync(IPage page, string folder, string name, string heading)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"authoring-{name}.png"), FullPage = false });
    }
}
