using System.Text;
using BriefBot.Core.Chat;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Storage.Contract;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Storage.Sqlite.Tests;

public sealed class AskerPrivacyTests : IDisposable
{
    private const string RawUserId = "U07RAWUSERID";
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task Questions_and_feedback_through_the_Answerer_store_only_a_keyed_hash_of_the_user()
    {
        var store = await db.OpenAsync();
        var hasher = new HmacAskerHasher(await store.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None));
        var knowledge = new KnowledgeSource(Options.Create(new KnowledgeOptions()), Options.Create(new MatchingOptions()), NullLogger<KnowledgeSource>.Instance);
        var answerer = new Answerer(knowledge, store, hasher, new FakeTimeProvider(StoreContract.T0), NullLogger<Answerer>.Instance);

        await answerer.AnswerAsync(new Question("When is the deadline?", "slack", "C1", RawUserId), CancellationToken.None);
        await answerer.RecordFeedbackAsync(new Feedback("deadline", false, "slack", "C1", RawUserId), CancellationToken.None);

        var expected = hasher.Hash(RawUserId);
        Assert.Equal(expected, db.Scalar("SELECT asker_hash FROM questions;"));
        Assert.Equal(expected, db.Scalar("SELECT asker_hash FROM feedback;"));

        // Not in any column of any table, nor anywhere in the database file or its write-ahead log; the question's
        // text, stored in the same row, is found by the same scan.
        var files = await Task.WhenAll(Directory.GetFiles(Path.GetDirectoryName(db.DatabasePath)!).Select(ReadSharedAsync));
        Assert.Contains(files, bytes => bytes.AsSpan().IndexOf("When is the deadline?"u8) >= 0);
        Assert.All(files, bytes => Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(RawUserId))));
    }

    [Fact]
    public async Task The_hash_key_survives_a_restart_so_repeat_askers_are_still_counted()
    {
        var first = await db.OpenAsync();
        var before = new HmacAskerHasher(await first.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None)).Hash(RawUserId);
        first.Dispose();

        var second = await db.OpenAsync(TimeSpan.FromSeconds(4));
        var after = new HmacAskerHasher(await second.GetOrCreateSecretAsync("asker-hash", 32, CancellationToken.None)).Hash(RawUserId);

        Assert.Equal(before, after);
    }

    private static async Task<byte[]> ReadSharedAsync(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
