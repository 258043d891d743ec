using System.Text.Json;
using BriefBot.Authoring.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BriefBot.Authoring.Tests.Browser;

/// <summary>The console in a real browser, on a 360 px wide screen, as an author uses it.</summary>
public sealed class ConsoleBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string Unanswered = "Is the cafeteria open on Sundays?";
    private AuthoringServer server = null!;
    private IPage page = null!;
    private readonly List<string> requested = [];
    private readonly List<string> dialogs = [];

    public async Task InitializeAsync()
    {
        server = await AuthoringServer.StartAsync();
        await chromium.Context.ClearCookiesAsync();
        page = await chromium.Context.NewPageAsync();
        page.Request += (_, r) => requested.Add(r.Url);
        page.Dialog += (_, d) => dialogs.Add(d.Message);
    }

    public async Task DisposeAsync()
    {
        await page.CloseAsync();
        await server.DisposeAsync();
        // Nothing the console needs comes from anywhere but the bot itself.
        Assert.All(requested, url => Assert.StartsWith(server.BaseAddress.ToString(), url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_in_shows_the_default_briefings_facts()
    {
        await SignInAsync(Authors.AdaToken);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Knowledge", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ukraine may use GMLRS and HIMARS systems for cross-border strikes.").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Console pages" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "The page scrolls sideways at 360 px.");
    }

    [Fact]
    public async Task A_wrong_token_is_refused()
    {
        await SignInAsync(Authors.WrongToken);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("That is not an author's token.");
        await Assertions.Expect(page.GetByLabel("Author token")).ToBeVisibleAsync();
        Assert.DoesNotContain(await chromium.Context.CookiesAsync(), c => c.Name == "briefbot-author");
    }

    [Fact]
    public async Task Trying_a_question_shows_the_reply_and_the_candidates_with_their_score()
    {
        await SignInAsync(Authors.AdaToken);
        await Nav("Try").ClickAsync();
        await page.GetByLabel("Question").FillAsync("wat weapons can ukriane use");
        await page.GetByRole(AriaRole.Button, new() { Name = "Try" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Top candidates" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".reply.answered blockquote")).ToContainTextAsync("GMLRS");
        var candidates = page.Locator("ol.candidates > li");
        Assert.InRange(await candidates.CountAsync(), 1, 5);
        await Assertions.Expect(candidates.First).ToContainTextAsync("passes the threshold");
        Assert.Empty(await server.Services.GetRequiredService<Core.Storage.IBriefBotStore>().GetQuestionsAsync(DateTimeOffset.MinValue, DateTimeOffset.MaxValue, CancellationToken.None));
    }

    [Fact]
    public async Task Writing_an_answer_for_an_unanswered_question_makes_the_bot_answer_it()
    {
        await server.AskedAsync(Unanswered);
        await server.AskedAsync("is the cafeteria open on sundays");
        await SignInAsync(Authors.AdaToken);
        await Nav("Unanswered").ClickAsync();
        var item = page.Locator("ol.declined > li").Filter(new() { HasText = Unanswered });
        await Assertions.Expect(item).ToContainTextAsync("Asked 2 times");
        await Assertions.Expect(item).ToContainTextAsync("Still declined.");
        await item.Locator("summary", new() { HasText = "Write an answer" }).ClickAsync();
        await item.GetByLabel("Answer").FillAsync("No: it opens Monday to Friday, 8:00 to 15:00.");
        await item.GetByRole(AriaRole.Button, new() { Name = "Save answer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Answer saved: the bot answers that question now.");
        await Assertions.Expect(page.Locator("ol.declined > li").Filter(new() { HasText = Unanswered })).ToContainTextAsync("Answered now: No: it opens Monday to Friday");
        Assert.True(server.Knowledge.Current.Match(Unanswered).Answered);

        await Nav("Try").ClickAsync();
        await page.GetByLabel("Question").FillAsync(Unanswered);
        await page.GetByRole(AriaRole.Button, new() { Name = "Try" }).ClickAsync();
        await Assertions.Expect(page.Locator(".reply.answered .answer")).ToHaveTextAsync("No: it opens Monday to Friday, 8:00 to 15:00.");
        await Assertions.Expect(page.Locator(".reply.answered footer")).ToContainTextAsync("written by Ada on ");
    }

    [Fact]
    public async Task Adding_a_question_as_a_phrasing_of_an_entry_makes_it_match_that_entry()
    {
        const string question = "Which rockets did Washington clear for use over the border?";
        await server.AskedAsync(question);
        await SignInAsync(Authors.AdaToken);
        await page.GotoAsync(Url("/authoring/unanswered"));
        var item = page.Locator("ol.declined > li").Filter(new() { HasText = question });
        var choice = item.GetByLabel("Add as a phrasing of…");
        await choice.SelectOptionAsync(new SelectOptionValue { Index = 0 });
        var chosen = await choice.InputValueAsync();
        await item.GetByRole(AriaRole.Button, new() { Name = "Add phrasing" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Phrasing added: the question now matches that entry.");
        var match = server.Knowledge.Current.Match(question);
        Assert.True(match.Answered);
        Assert.Contains(chosen, match.Best!.Entry.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_downloads_the_learned_entries_as_a_curated_file()
    {
        using (var api = server.Client(Authors.GraceToken))
        using (await api.PostAsync("/authoring/api/entries", Json.Body(new { questions = new[] { Unanswered, "cafeteria sunday" }, answer = "Closed on Sundays." })))
        {
        }

        await SignInAsync(Authors.AdaToken);
        await Nav("Learned entries").ClickAsync();
        await Assertions.Expect(page.Locator("ul.entries")).ToContainTextAsync("written by Grace on ");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export as a curated JSON file" }).ClickAsync());
        Assert.Equal("learned.json", download.SuggestedFilename);
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        var entry = file.RootElement.GetProperty("entries")[0];
        Assert.Equal([Unanswered, "cafeteria sunday"], entry.GetProperty("questions").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal("Closed on Sundays.", entry.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task A_deleted_entry_is_brought_back_with_undo()
    {
        using (var api = server.Client(Authors.GraceToken))
        using (await api.PostAsync("/authoring/api/entries", Json.Body(new { questions = new[] { Unanswered }, answer = "Closed on Sundays." })))
        {
        }

        await SignInAsync(Authors.AdaToken);
        await Nav("Learned entries").ClickAsync();
        await page.Locator("ul.entries > li").Filter(new() { HasText = Unanswered }).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToHaveTextAsync("Entry deleted. Its old text is under Recent changes.");
        Assert.False(server.Knowledge.Current.Match(Unanswered).Answered);

        await page.Locator("ul.changes > li").First.GetByRole(AriaRole.Button, new() { Name = "Undo: Ada deleted" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Change undone.");
        await Assertions.Expect(page.Locator("ul.entries")).ToContainTextAsync("Closed on Sundays.");
        Assert.Equal("Closed on Sundays.", server.Knowledge.Current.Match(Unanswered).Best?.Entry.Answer);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await SignInAsync(Authors.AdaToken);
        // The browser's own cookies, the console's form fields, but no antiforgery field: what a forged form sends.
        var response = await chromium.Context.APIRequest.PostAsync(Url("/authoring/unanswered/answer"), new()
        {
            Form = chromium.Context.APIRequest.CreateFormData().Set("questions", Unanswered).Set("answer", "Forged."),
            MaxRedirects = 0,
        });
        Assert.Equal(400, response.Status);
        Assert.False(server.Knowledge.Current.Match(Unanswered).Answered);
    }

    [Fact]
    public async Task A_script_question_is_shown_as_text()
    {
        const string script = "<script>alert(1)</script> when is the summit?";
        await server.AskedAsync(script);
        await SignInAsync(Authors.AdaToken);
        await page.GotoAsync(Url("/authoring/unanswered"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = script })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("main script").CountAsync());
        Assert.Empty(dialogs);
    }

    private async Task SignInAsync(string token)
    {
        await page.GotoAsync(Url("/authoring/"));
        await page.GetByLabel("Author token").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private ILocator Nav(string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Console pages" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private string Url(string path) => new Uri(server.BaseAddress, path).ToString();
}
