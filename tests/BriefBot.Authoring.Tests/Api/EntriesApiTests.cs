using System.Net;
using BriefBot.Authoring.Tests.Support;

namespace BriefBot.Authoring.Tests.Api;

/// <summary>Writing answers and phrasings through the API, as a script with a bearer token would, and asking again.</summary>
public sealed class EntriesApiTests : IAsyncLifetime
{
    private const string Unanswerable = "What is the cafeteria menu on Friday?";
    private AuthoringServer server = null!;
    private HttpClient api = null!;

    public async Task InitializeAsync()
    {
        server = await AuthoringServer.StartAsync();
        api = server.Client(Authors.AdaToken);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task A_written_answer_is_answered_at_once_quoting_itself_with_its_author_and_date()
    {
        var before = await Json.PostAsync(api, "/authoring/api/try", new { question = Unanswerable });
        Assert.False(before.GetProperty("answered").GetBoolean());

        using var created = await api.PostAsync("/authoring/api/entries", Json.Body(new { questions = new[] { Unanswerable }, answer = "Fish and chips, every Friday." }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString();
        Assert.StartsWith("learned-", id, StringComparison.Ordinal);

        var after = await Json.PostAsync(api, "/authoring/api/try", new { question = Unanswerable });
        Assert.True(after.GetProperty("answered").GetBoolean());
        Assert.Equal("Fish and chips, every Friday.", after.GetProperty("answer").GetString());
        Assert.Equal("Fish and chips, every Friday.", after.GetProperty("quote").GetString());
        Assert.Equal($"written by Ada on {server.Time.GetUtcNow():yyyy-MM-dd}", after.GetProperty("source").GetProperty("document").GetString());
        Assert.Equal(id, after.GetProperty("entryId").GetString());
    }

    [Fact]
    public async Task Editing_and_deleting_a_learned_entry_changes_what_is_answered_and_is_recorded()
    {
        using var created = await api.PostAsync("/authoring/api/entries", Json.Body(new { questions = new[] { Unanswerable }, answer = "Fish." }));
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString();

        using var grace = server.Client(Authors.GraceToken);
        using var edited = await grace.PutAsync($"/authoring/api/entries/{id}", Json.Body(new { questions = new[] { Unanswerable }, answer = "Pasta, since March." }));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var reply = await Json.PostAsync(api, "/authoring/api/try", new { question = Unanswerable });
        Assert.Equal("Pasta, since March.", reply.GetProperty("answer").GetString());
        Assert.StartsWith("written by Grace on ", reply.GetProperty("source").GetProperty("document").GetString(), StringComparison.Ordinal);

        using var deleted = await api.DeleteAsync($"/authoring/api/entries/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.False((await Json.PostAsync(api, "/authoring/api/try", new { question = Unanswerable })).GetProperty("answered").GetBoolean());

        using var changes = await api.GetAsync("/authoring/api/changes");
        var kinds = (await Json.ReadAsync(changes)).EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("author").GetString())).ToList();
        Assert.Equal([("entryDeleted", "Ada"), ("entryEdited", "Grace"), ("entryAdded", "Ada")], kinds);
    }

    [Fact]
    public async Task A_phrasing_taught_to_a_document_fact_makes_the_question_match_it()
    {
        const string question = "Which rockets did Washington clear for use over the border?";
        var fact = server.Knowledge.Current.Knowledge.Entries.First(e => e.Answer.Contains("GMLRS and HIMARS systems for cross-border strikes", StringComparison.Ordinal));
        Assert.NotEqual(fact.Id, (await Json.PostAsync(api, "/authoring/api/try", new { question })).GetProperty("entryId").GetString());

        using var taught = await api.PostAsync($"/authoring/api/entries/{fact.Id}/phrasings", Json.Body(new { question }));
        Assert.Equal(HttpStatusCode.Created, taught.StatusCode);

        var reply = await Json.PostAsync(api, "/authoring/api/try", new { question });
        Assert.True(reply.GetProperty("answered").GetBoolean());
        Assert.Equal(fact.Answer, reply.GetProperty("answer").GetString());
        Assert.Equal(fact.Quote.Text, reply.GetProperty("quote").GetString());
    }

    [Fact]
    public async Task Put_and_delete_of_an_entry_that_is_not_learned_are_404()
    {
        var fact = server.Knowledge.Current.Knowledge.Entries[0].Id;
        using var put = await api.PutAsync($"/authoring/api/entries/{fact}", Json.Body(new { questions = new[] { "q" }, answer = "a" }));
        using var delete = await api.DeleteAsync("/authoring/api/entries/learned-000000000000");
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal("id", (await Json.ReadAsync(put)).GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("""{"questions": ["When is lunch?"], "answer": "  "}""", "answer")]
    [InlineData("""{"questions": ["When is lunch?"]}""", "answer")]
    [InlineData("""{"questions": [], "answer": "At noon."}""", "questions")]
    [InlineData("""{"questions": ["ok", 7], "answer": "At noon."}""", "questions[1]")]
    [InlineData("""{"questions": ["When is lunch?"], "answer": "At noon.",""", "body")]
    [InlineData("""not json""", "body")]
    [InlineData("""["a list"]""", "body")]
    public async Task Bad_input_is_a_400_naming_the_field(string body, string field)
    {
        using var response = await api.PostAsync("/authoring/api/entries", Json.Raw(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await Json.ReadAsync(response);
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task A_ten_thousand_character_question_is_a_400_naming_it()
    {
        var question = new string('x', 10_000);
        using var entry = await api.PostAsync("/authoring/api/entries", Json.Body(new { questions = new[] { question }, answer = "a" }));
        using var tried = await api.PostAsync("/authoring/api/try", Json.Body(new { question }));
        using var phrasing = await api.PostAsync($"/authoring/api/entries/{server.Knowledge.Current.Knowledge.Entries[0].Id}/phrasings", Json.Body(new { question }));
        Assert.Equal("questions[0]", (await Json.ReadAsync(entry)).GetProperty("field").GetString());
        Assert.Equal("question", (await Json.ReadAsync(tried)).GetProperty("field").GetString());
        Assert.Equal("question", (await Json.ReadAsync(phrasing)).GetProperty("field").GetString());
        Assert.All([entry, tried, phrasing], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
    }

    [Fact]
    public async Task A_body_over_a_megabyte_is_a_413_naming_the_body_and_logs_no_error()
    {
        using var response = await api.PostAsync("/authoring/api/entries", Json.Body(new { questions = new[] { "q" }, answer = new string('x', 1_100_000) }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("body", (await Json.ReadAsync(response)).GetProperty("field").GetString());
        Assert.DoesNotContain(server.Logs.GetSnapshot(), r => r.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task A_phrasing_for_an_unknown_entry_is_a_400_naming_the_id()
    {
        using var response = await api.PostAsync("/authoring/api/entries/fact-000000000000/phrasings", Json.Body(new { question = "When?" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("id", (await Json.ReadAsync(response)).GetProperty("field").GetString());
    }
}
