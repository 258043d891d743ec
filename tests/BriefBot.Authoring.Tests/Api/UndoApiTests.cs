using System.Net;
using System.Text.Json;
using BriefBot.Authoring.Tests.Support;

namespace BriefBot.Authoring.Tests.Api;

/// <summary>Undoing a mistake from the change log: each kind of change reversed, the undo recorded under who made it.</summary>
public sealed class UndoApiTests : IAsyncLifetime
{
    private const string Question = "What is the cafeteria menu on Friday?";
    private AuthoringServer server = null!;
    private HttpClient ada = null!;
    private HttpClient grace = null!;

    public async Task InitializeAsync()
    {
        server = await AuthoringServer.StartAsync();
        ada = server.Client(Authors.AdaToken);
        grace = server.Client(Authors.GraceToken);
    }

    public async Task DisposeAsync()
    {
        ada.Dispose();
        grace.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Undoing_an_edit_brings_back_the_earlier_answer()
    {
        var id = await AddAsync("Fish and chips.");
        using (await ada.PutAsync($"/authoring/api/entries/{id}", Json.Body(new { questions = new[] { Question }, answer = "Nothing, by mistake." })))
        {
        }

        var undone = await UndoLatestAsync(grace);

        Assert.Equal($"{id} is back to its earlier text.", undone.GetProperty("result").GetString());
        Assert.Equal("Fish and chips.", await AnswerAsync());
        var latest = (await ChangesAsync())[0];
        Assert.Equal(("entryEdited", "Grace"), (latest.GetProperty("kind").GetString(), latest.GetProperty("author").GetString()));
    }

    [Fact]
    public async Task Undoing_a_delete_answers_the_question_again()
    {
        var id = await AddAsync("Fish and chips.");
        using (await ada.DeleteAsync($"/authoring/api/entries/{id}"))
        {
        }

        Assert.Null(await AnswerAsync());

        var undone = await UndoLatestAsync(ada);

        Assert.StartsWith("Restored as learned-", undone.GetProperty("result").GetString(), StringComparison.Ordinal);
        Assert.Equal("Fish and chips.", await AnswerAsync());
    }

    [Fact]
    public async Task Undoing_an_addition_deletes_it_and_undoing_that_brings_it_back()
    {
        await AddAsync("Fish and chips.");

        await UndoLatestAsync(ada);
        Assert.Null(await AnswerAsync());

        await UndoLatestAsync(ada);
        Assert.Equal("Fish and chips.", await AnswerAsync());
    }

    [Fact]
    public async Task Undoing_a_taught_phrasing_removes_it()
    {
        const string question = "Which rockets did Washington clear for use over the border?";
        var fact = server.Knowledge.Current.Knowledge.Entries.First(e => e.Answer.Contains("GMLRS and HIMARS systems for cross-border strikes", StringComparison.Ordinal));
        using (await ada.PostAsync($"/authoring/api/entries/{fact.Id}/phrasings", Json.Body(new { question })))
        {
        }

        Assert.StartsWith(fact.Id, server.Knowledge.Current.Match(question).Best?.Entry.Id, StringComparison.Ordinal);

        await UndoLatestAsync(ada);

        Assert.False(server.Knowledge.Current.Match(question).Best?.Entry.Id.StartsWith(fact.Id, StringComparison.Ordinal));
        using var entries = await ada.GetAsync("/authoring/api/knowledge");
        Assert.Equal(0, (await Json.ReadAsync(entries)).GetProperty("phrasings").GetArrayLength());
    }

    [Fact]
    public async Task Undoing_a_change_that_is_not_there_is_a_404_naming_the_id()
    {
        using var response = await ada.PostAsync("/authoring/api/changes/999/undo", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = await Json.ReadAsync(response);
        Assert.Equal("id", error.GetProperty("field").GetString());
        Assert.Equal("No recent change has the id \"999\".", error.GetProperty("error").GetString());
    }

    private async Task<string> AddAsync(string answer)
    {
        using var created = await ada.PostAsync("/authoring/api/entries", Json.Body(new { questions = new[] { Question }, answer }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await Json.ReadAsync(created)).GetProperty("id").GetString()!;
    }

    private async Task<string?> AnswerAsync()
    {
        var reply = await Json.PostAsync(ada, "/authoring/api/try", new { question = Question });
        return reply.GetProperty("answered").GetBoolean() ? reply.GetProperty("answer").GetString() : null;
    }

    private async Task<JsonElement> ChangesAsync()
    {
        using var changes = await ada.GetAsync("/authoring/api/changes");
        return await Json.ReadAsync(changes);
    }

    private async Task<JsonElement> UndoLatestAsync(HttpClient author)
    {
        var latest = (await ChangesAsync())[0].GetProperty("id").GetInt64();
        using var response = await author.PostAsync($"/authoring/api/changes/{latest}/undo", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Json.ReadAsync(response);
    }
}
