using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Knowledge;

public sealed class KnowledgeReloadTests : IDisposable
{
    private const string Office = "Office Move\nThe team moves to the new office on March 3.\nDetails\n- Desks are assigned by team.\n- Parking passes are issued on March 1.\n";
    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider time = new();
    private readonly KnowledgeSource knowledge;
    private readonly KnowledgeWatcher watcher;

    public KnowledgeReloadTests()
    {
        folder.Write("office.txt", Office);
        var options = Options.Create(new KnowledgeOptions { Path = folder.Path, ReloadDebounce = TimeSpan.FromSeconds(1), PollInterval = TimeSpan.FromSeconds(30) });
        knowledge = new KnowledgeSource(options, Options.Create(new MatchingOptions()), NullLogger<KnowledgeSource>.Instance, time);
        watcher = new KnowledgeWatcher(knowledge, options, time, NullLogger<KnowledgeWatcher>.Instance);
        knowledge.LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        watcher.Dispose();
        knowledge.Dispose();
        folder.Dispose();
    }

    private string Answer(string question) => knowledge.Current.Answer(question).Answer ?? "(declined)";

    [Fact]
    public async Task An_edit_is_served_after_a_check_with_a_new_fingerprint()
    {
        var before = knowledge.Status.Fingerprint;
        folder.Write("office.txt", Office.Replace("March 3", "March 10", StringComparison.Ordinal));

        Assert.True(await watcher.CheckAsync(cancellationToken: CancellationToken.None));

        Assert.Contains("March 10", Answer("When does the team move to the new office?"), StringComparison.Ordinal);
        Assert.NotEqual(before, knowledge.Status.Fingerprint);
        Assert.False(await watcher.CheckAsync(cancellationToken: CancellationToken.None));
    }

    [Fact]
    public async Task An_added_file_is_served_and_a_deleted_one_is_gone()
    {
        var added = folder.Write("canteen.txt", "Canteen Hours\nThe canteen opens at 11:30 on weekdays.\nMenu\n- Soup is served daily.\n");
        await watcher.CheckAsync(cancellationToken: CancellationToken.None);
        Assert.Contains("11:30", Answer("when does the canteen open?"), StringComparison.Ordinal);

        File.Delete(added);
        await watcher.CheckAsync(cancellationToken: CancellationToken.None);

        Assert.Equal("(declined)", Answer("when does the canteen open?"));
        Assert.Single(knowledge.Current.Knowledge.Briefings);
    }

    [Fact]
    public async Task A_file_that_turns_bad_keeps_serving_its_last_good_version_and_the_status_says_so()
    {
        folder.Write("faq.json", "{ \"entries\": [ { \"questions\": [\"Where do I park?\"], \"answer\": \"Level -2 of the garage.\" } ] }");
        await watcher.CheckAsync(cancellationToken: CancellationToken.None);
        Assert.True(knowledge.Status.Healthy);

        folder.Write("faq.json", "{ \"entries\": [ { \"questions\": [\"Where do I park?\"] \"answer\": ");
        await watcher.CheckAsync(cancellationToken: CancellationToken.None);

        Assert.Equal("Level -2 of the garage.", Answer("where do I park?"));
        var problem = Assert.Single(knowledge.Status.Problems);
        Assert.Equal("faq.json", problem.File);
        Assert.Equal(1, problem.Line);
        Assert.Contains("last good version", problem.Message, StringComparison.Ordinal);
        Assert.False(knowledge.Status.Healthy);
    }

    [Fact]
    public async Task The_running_watcher_picks_up_an_edit_without_a_restart()
    {
        // The edit also changes the file's size, so it is seen whether the file-system watcher is available here or
        // the periodic check has to find it (a machine can run out of inotify instances).
        await watcher.StartAsync(CancellationToken.None);
        var before = knowledge.Status.Fingerprint;

        folder.Write("office.txt", Office.Replace("March 3", "April 17", StringComparison.Ordinal));
        for (var i = 0; i < 1000 && knowledge.Status.Fingerprint == before; i++)
        {
            await Task.Delay(10);
            time.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.Contains("April 17", Answer("When does the team move to the new office?"), StringComparison.Ordinal);
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_question_during_reloads_sees_one_whole_version_never_half_of_each()
    {
        var versions = new[] { "March 3", "March 10" };
        var asking = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 300; i++)
            {
                var matcher = knowledge.Current;
                var reply = matcher.Answer("When does the team move to the new office?");
                // The reply must come from the very knowledge version the matcher was built on.
                var entry = matcher.Knowledge.Entries.Single(e => e.Id == reply.EntryId);
                Assert.Equal(entry.Answer, reply.Answer);
                Assert.Contains(versions, v => reply.Answer!.Contains(v, StringComparison.Ordinal));
            }
        })).ToList();

        var reloads = 0;
        while (reloads < 5 || !asking.All(t => t.IsCompleted))
        {
            folder.Write("office.txt", Office.Replace("March 3", versions[reloads % 2], StringComparison.Ordinal));
            await watcher.CheckAsync(force: true, CancellationToken.None);
            reloads++;
        }

        await Task.WhenAll(asking);
    }

    [Fact]
    public void The_change_log_counts_added_reworded_and_removed_entries()
    {
        var before = knowledge.Current.Knowledge;
        var after = KnowledgeBuilder.Build(
            [BriefingParser.Parse(Office.Replace("March 3", "March 10", StringComparison.Ordinal).Replace("- Parking passes are issued on March 1.\n", "- Lockers are free.\n- Bikes go in the basement.\n", StringComparison.Ordinal), "office.txt").Briefing!],
            [],
            []);

        var changes = KnowledgeChanges.Between(before, after);

        Assert.Equal((2, 1, 1), (changes.Added, changes.Changed, changes.Removed));
    }
}
