using System.Net;
using BriefBot.Authoring.Tests.Support;
using BriefBot.Core.Knowledge.Learned;
using BriefBot.Storage.Postgres.Tests;

namespace BriefBot.Authoring.Tests.Store;

/// <summary>
/// Two bots on one database, each with its console: what an author writes through one is answered by the other
/// after its next version check, and a delete made through the other reaches the first the same way.
/// </summary>
public sealed class ReplicaTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>
{
    private const string Question = "Is the cafeteria open on Sundays?";
    private const string Answer = "No: it opens Monday to Friday, 8:00 to 15:00.";

    [Fact]
    public async Task Two_bots_sharing_a_sqlite_file_answer_what_either_was_taught()
    {
        var folder = Directory.CreateTempSubdirectory("briefbot-replicas-");
        try
        {
            await BothReplicasServeAsync(StoreKind.Sqlite, null, [new("Storage:Path", Path.Combine(folder.FullName, "shared.db"))]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [PostgresFact]
    public Task Two_replicas_on_one_postgres_database_answer_what_either_was_taught() =>
        BothReplicasServeAsync(StoreKind.Postgres, postgres.ConnectionString, [new("Storage:Provider", "Postgres")]);

    private static async Task BothReplicasServeAsync(StoreKind store, string? connectionString, KeyValuePair<string, string?>[] settings)
    {
        await using var first = await AuthoringServer.StartAsync(store, connectionString, settings);
        await using var second = await AuthoringServer.StartAsync(store, connectionString, settings);
        using var ada = first.Client(Authors.AdaToken);
        using var grace = second.Client(Authors.GraceToken);

        using var created = await ada.PostAsync("/authoring/api/entries", Json.Body(new { questions = new[] { Question }, answer = Answer }));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Json.ReadAsync(created)).GetProperty("id").GetString();
        Assert.True(first.Knowledge.Current.Match(Question).Answered);
        // The other replica's clock has not moved, so it has not checked the version yet: this is what the check brings.
        Assert.False(second.Knowledge.Current.Match(Question).Answered);

        await NextVersionCheckAsync(second, () => second.Knowledge.Current.Match(Question).Answered);
        var reply = await Json.PostAsync(grace, "/authoring/api/try", new { question = Question });
        Assert.Equal(Answer, reply.GetProperty("answer").GetString());
        Assert.StartsWith("written by Ada on ", reply.GetProperty("source").GetProperty("document").GetString(), StringComparison.Ordinal);

        using var deleted = await grace.DeleteAsync($"/authoring/api/entries/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await NextVersionCheckAsync(first, () => !first.Knowledge.Current.Match(Question).Answered);
        using var changes = await ada.GetAsync("/authoring/api/changes");
        var latest = (await Json.ReadAsync(changes))[0];
        Assert.Equal(("entryDeleted", "Grace"), (latest.GetProperty("kind").GetString(), latest.GetProperty("author").GetString()));
    }

    /// <summary>Moves the replica's clock to its next version check, then waits (bounded) for what the check must bring.</summary>
    private static async Task NextVersionCheckAsync(AuthoringServer replica, Func<bool> served)
    {
        replica.Time.Advance(new LearnedOptions().PollInterval);
        for (var i = 0; i < 500 && !served(); i++)
        {
            await Task.Delay(20);
        }

        Assert.True(served(), "The replica did not serve the change after its version check.");
    }
}
