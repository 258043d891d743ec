using System.Diagnostics;
using BriefBot.Storage.Contract;
using Microsoft.Data.Sqlite;

namespace BriefBot.Storage.Sqlite.Tests;

public sealed class FailureTests : IDisposable
{
    private static readonly DateTimeOffset T0 = StoreContract.T0;
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task A_reader_is_not_blocked_by_a_write_in_progress_and_sees_only_committed_rows()
    {
        var store = await db.OpenAsync(TimeSpan.FromMilliseconds(200));
        await store.RecordQuestionAsync(new(T0, "slack", "C1", null, "Committed", false, null, 0), CancellationToken.None);

        using var writer = db.Raw();
        using var transaction = writer.BeginTransaction(deferred: false);
        using (var insert = writer.CreateCommand())
        {
            insert.CommandText = "INSERT INTO questions (at, platform, channel, text, answered, confidence) VALUES ('2025-03-28T09:30:00.0000000Z', 'slack', 'C1', 'In flight', 0, 0);";
            insert.ExecuteNonQuery();
        }

        // The write lock is held until Commit below, after the read has returned: a read that waited for the lock
        // could only give up (SQLITE_BUSY after the busy timeout), so a read that returns rows did not wait for it.
        var during = await store.GetQuestionsAsync(T0, T0.AddHours(1), CancellationToken.None);
        Assert.Equal(["Committed"], during.Select(q => q.Text));

        transaction.Commit();
        var after = await store.GetQuestionsAsync(T0, T0.AddHours(1), CancellationToken.None);
        Assert.Equal(["Committed", "In flight"], after.Select(q => q.Text));
    }

    [Fact]
    public async Task A_write_against_a_lock_held_beyond_the_busy_timeout_fails_naming_the_file()
    {
        var store = await db.OpenAsync(TimeSpan.FromMilliseconds(200));
        using var other = db.Raw();
        using (var exclusive = other.CreateCommand())
        {
            exclusive.CommandText = "BEGIN EXCLUSIVE;";
            exclusive.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<StorageException>(async () =>
            await store.RecordQuestionAsync(new(T0, "slack", "C1", null, "Lost?", false, null, 0), CancellationToken.None));

        // 200 ms is rounded up to Microsoft.Data.Sqlite's whole-second command timeout. It waited at least that long,
        // and gave up long before the 30 s the driver waits by default: on a busy machine the exact time varies.
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(15));
        Assert.Equal(db.DatabasePath, error.DatabasePath);
        Assert.Equal(5, error.SqliteErrorCode);
        Assert.Contains(db.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("record a question", error.Message, StringComparison.Ordinal);
        Assert.Contains("database is locked by another process (gave up after waiting 1 s", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StorageException>(() => store.TryClaimRunAsync("daily", T0, T0, CancellationToken.None));
    }

    [Fact]
    public async Task A_write_waits_for_a_lock_released_within_the_busy_timeout()
    {
        var store = await db.OpenAsync(TimeSpan.FromSeconds(5));
        var other = db.Raw();
        using (var exclusive = other.CreateCommand())
        {
            exclusive.CommandText = "BEGIN EXCLUSIVE;";
            exclusive.ExecuteNonQuery();
        }

        var releasing = new TaskCompletionSource();
        var asking = new TaskCompletionSource();
        var claim = Task.Run(async () =>
        {
            asking.SetResult();
            var claimed = await store.TryClaimRunAsync("daily", T0, T0, CancellationToken.None);
            return (claimed, AfterRelease: releasing.Task.IsCompleted);
        });
        await asking.Task;
        releasing.SetResult();
        other.Dispose();

        // The claim could not finish while the lock was held: it waited for the release, then took the run.
        Assert.Equal((true, true), await claim);
    }

    // Tests run as root, where chmod cannot make a file read-only; a read-only connection gets the same SQLITE_READONLY
    // that SQLite reports for a file or mount it may not write.
    [Fact]
    public async Task A_read_only_database_fails_at_start_and_on_write_with_a_clear_message()
    {
        var writable = await db.OpenAsync();
        await writable.RecordQuestionAsync(new(T0, "slack", "C1", null, "Before", false, null, 0), CancellationToken.None);

        var store = db.Store(TimeSpan.FromSeconds(4), mode: SqliteOpenMode.ReadOnly);
        var atStart = await Assert.ThrowsAsync<StorageException>(() => store.InitializeAsync(CancellationToken.None));
        var onWrite = await Assert.ThrowsAsync<StorageException>(() => store.TryClaimRunAsync("daily", T0, T0, CancellationToken.None));

        foreach (var error in new[] { atStart, onWrite })
        {
            Assert.Equal(8, error.SqliteErrorCode);
            Assert.Contains(db.DatabasePath, error.Message, StringComparison.Ordinal);
            Assert.Contains("database file is read-only", error.Message, StringComparison.Ordinal);
        }

    }

    [Fact]
    public async Task A_folder_that_cannot_be_created_fails_naming_the_file()
    {
        var blocker = Path.Combine(db.Root, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the data folder should be");
        var path = Path.Combine(blocker, "briefbot.db");

        var error = await Assert.ThrowsAsync<StorageException>(() => db.Store(path: path).InitializeAsync(CancellationToken.None));

        Assert.Equal(path, error.DatabasePath);
        Assert.Contains("create the database folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_path_that_is_a_folder_fails_as_cannot_open()
    {
        var folder = Path.Combine(db.Root, "briefbot.db");
        Directory.CreateDirectory(folder);

        var error = await Assert.ThrowsAsync<StorageException>(() => db.Store(path: folder).InitializeAsync(CancellationToken.None));

        Assert.Equal(14, error.SqliteErrorCode);
        Assert.Contains("cannot be opened or created", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_alone()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(db.DatabasePath)!);
        var text = new string('x', 4096);
        await File.WriteAllTextAsync(db.DatabasePath, text);

        var error = await Assert.ThrowsAsync<StorageException>(() => db.Store().InitializeAsync(CancellationToken.None));

        Assert.Equal(26, error.SqliteErrorCode);
        Assert.Contains("not a BriefBot database", error.Message, StringComparison.Ordinal);
        Assert.Equal(text, await File.ReadAllTextAsync(db.DatabasePath));
    }
}
