using BriefBot.Core.Storage;

namespace BriefBot.Storage.Contract;

/// <summary>What authors teach the bot through the authoring console, as every replica must see it.</summary>
public abstract class LearnedEntryContract(IStoreHarness harness) : StoreContract(harness)
{
    private static readonly DateTimeOffset At = T0;

    [StoreFact]
    public async Task A_new_entry_reads_back_with_its_phrasings_in_order_its_author_and_a_fresh_id()
    {
        var store = await OpenLearnedAsync();

        var added = await store.AddLearnedEntryAsync(["Where do I park?", "parking"], "Use the staff car park on Level -1.", "Ada", At);
        var other = await store.AddLearnedEntryAsync(["Wi-Fi password?"], "Ask the front desk.", "Ada", At.AddMinutes(1));

        Assert.Matches("^learned-[0-9a-f]{12}$", added.Id);
        Assert.NotEqual(added.Id, other.Id);
        var learned = await store.GetLearnedAsync();
        Assert.Equal([added.Id, other.Id], learned.Entries.Select(e => e.Id));
        AssertEntry(learned.Entries[0], added.Id, ["Where do I park?", "parking"], "Use the staff car park on Level -1.", ("Ada", At), ("Ada", At));
        AssertSame(added, learned.Entries[0]);
        Assert.Empty(learned.Phrasings);
    }

    [StoreFact]
    public async Task Any_text_an_author_writes_is_kept_exactly()
    {
        var store = await OpenLearnedAsync();
        string[] questions = ["Can I claim \"per diem\"?", "C:\\expenses\\2025 – ünïcödé, emoji 🚆", "line one\nline two"];
        const string Answer = "Yes: {\"limit\": 50} per day.\r\nSee <https://example.com/a?b=1&c=2>; 'quoted' too.";

        await store.AddLearnedEntryAsync(questions, Answer, "Zoë O'Brien", At);

        var entry = Assert.Single((await store.GetLearnedAsync()).Entries);
        Assert.Equal(questions, entry.Questions);
        Assert.Equal(Answer, entry.Answer);
        Assert.Equal("Zoë O'Brien", entry.CreatedBy);
    }

    [StoreFact]
    public async Task An_edit_replaces_phrasings_and_answer_and_keeps_who_wrote_the_entry_first()
    {
        var store = await OpenLearnedAsync();
        var added = await store.AddLearnedEntryAsync(["Where do I park?"], "Level -1.", "Ada", At);

        var edited = await store.UpdateLearnedEntryAsync(added.Id, ["parking spot", "Where do I park?"], "Level -2 since May.", "Grace", At.AddDays(1));

        AssertEntry(edited!, added.Id, ["parking spot", "Where do I park?"], "Level -2 since May.", ("Ada", At), ("Grace", At.AddDays(1)));
        AssertSame(edited!, Assert.Single((await store.GetLearnedAsync()).Entries));
    }

    [StoreFact]
    public async Task Every_change_bumps_the_version_and_is_logged_newest_first_with_who_when_and_what_it_was()
    {
        var store = await OpenLearnedAsync();
        var versions = new List<long> { await store.GetLearnedVersionAsync() };
        async Task Changed() => versions.Add(await store.GetLearnedVersionAsync());

        var entry = await store.AddLearnedEntryAsync(["Where do I park?"], "Level -1.", "Ada", At);
        await Changed();
        var edited = await store.UpdateLearnedEntryAsync(entry.Id, ["Where can I park?"], "Level -2.", "Grace", At.AddMinutes(1));
        await Changed();
        var phrasing = await store.AddLearnedPhrasingAsync("faq-0123abcd", "how long is the trip", "Ada", At.AddMinutes(2));
        await Changed();
        Assert.True(await store.DeleteLearnedPhrasingAsync(phrasing.Id, "Grace", At.AddMinutes(3)));
        await Changed();
        Assert.True(await store.DeleteLearnedEntryAsync(entry.Id, "Ada", At.AddMinutes(4)));
        await Changed();

        Assert.True(versions.Zip(versions.Skip(1)).All(pair => pair.Second > pair.First), string.Join(", ", versions));
        Assert.Equal(versions[^1], (await store.GetLearnedAsync()).Version);
        var changes = await store.GetLearnedChangesAsync(10);
        Assert.Equal(
            [
                (LearnedChangeKind.EntryDeleted, entry.Id, "Ada", At.AddMinutes(4), (string?)null),
                (LearnedChangeKind.PhrasingDeleted, "faq-0123abcd", "Grace", At.AddMinutes(3), "how long is the trip"),
                (LearnedChangeKind.PhrasingAdded, "faq-0123abcd", "Ada", At.AddMinutes(2), "how long is the trip"),
                (LearnedChangeKind.EntryEdited, entry.Id, "Grace", At.AddMinutes(1), null),
                (LearnedChangeKind.EntryAdded, entry.Id, "Ada", At, null),
            ],
            changes.Select(c => (c.Kind, c.EntryId, c.Author, c.At, c.Phrasing)));
        Assert.True(changes.Zip(changes.Skip(1)).All(pair => pair.First.Id > pair.Second.Id));
        AssertSame(edited!, changes[0].Before!);
        Assert.Null(changes[0].After);
        AssertSame(entry, changes[3].Before!);
        AssertSame(edited!, changes[3].After!);
        Assert.Null(changes[4].Before);
        AssertSame(entry, changes[4].After!);
        Assert.Equal([LearnedChangeKind.EntryDeleted, LearnedChangeKind.PhrasingDeleted], (await store.GetLearnedChangesAsync(2)).Select(c => c.Kind));
    }

    [StoreFact]
    public async Task Phrasings_teach_any_entry_and_go_when_their_learned_entry_is_deleted()
    {
        var store = await OpenLearnedAsync();
        var entry = await store.AddLearnedEntryAsync(["Where do I park?"], "Level -1.", "Ada", At);
        var ofLearned = await store.AddLearnedPhrasingAsync(entry.Id, "car park", "Ada", At.AddMinutes(1));
        var ofDocument = await store.AddLearnedPhrasingAsync("faq-0123abcd", "trip length", "Grace", At.AddMinutes(2));

        Assert.Equal(
            [new LearnedPhrasing(ofLearned.Id, entry.Id, "car park", "Ada", At.AddMinutes(1)), new LearnedPhrasing(ofDocument.Id, "faq-0123abcd", "trip length", "Grace", At.AddMinutes(2))],
            (await store.GetLearnedAsync()).Phrasings);

        Assert.True(await store.DeleteLearnedEntryAsync(entry.Id, "Grace", At.AddMinutes(3)));

        var learned = await store.GetLearnedAsync();
        Assert.Empty(learned.Entries);
        Assert.Equal([ofDocument], learned.Phrasings);
        Assert.Contains(await store.GetLearnedChangesAsync(10), c => c is { Kind: LearnedChangeKind.PhrasingDeleted, Phrasing: "car park" } && c.EntryId == entry.Id);
    }

    [StoreFact]
    public async Task A_deleted_phrasings_id_is_never_handed_out_again()
    {
        var store = await OpenLearnedAsync();
        await store.AddLearnedPhrasingAsync("faq-1", "first", "Ada", At);
        var last = await store.AddLearnedPhrasingAsync("faq-1", "second", "Ada", At);
        Assert.True(await store.DeleteLearnedPhrasingAsync(last.Id, "Ada", At));

        var next = await store.AddLearnedPhrasingAsync("faq-1", "third", "Ada", At);

        Assert.True(next.Id > last.Id);
        Assert.False(await store.DeleteLearnedPhrasingAsync(last.Id, "Ada", At));
    }

    [StoreFact]
    public async Task Editing_or_deleting_what_is_not_there_changes_nothing()
    {
        var store = await OpenLearnedAsync();
        await store.AddLearnedEntryAsync(["Where do I park?"], "Level -1.", "Ada", At);
        var version = await store.GetLearnedVersionAsync();

        Assert.Null(await store.UpdateLearnedEntryAsync("learned-000000000000", ["x"], "y", "Ada", At));
        Assert.False(await store.DeleteLearnedEntryAsync("faq-0123abcd", "Ada", At));
        Assert.False(await store.DeleteLearnedPhrasingAsync(12345, "Ada", At));

        Assert.Equal(version, await store.GetLearnedVersionAsync());
        Assert.Single(await store.GetLearnedChangesAsync(10));
    }

    [StoreFact]
    public async Task An_entry_without_a_question_or_an_answer_is_refused()
    {
        var store = await OpenLearnedAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AddLearnedEntryAsync([], "An answer.", "Ada", At));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AddLearnedEntryAsync(["A question?", " "], "An answer.", "Ada", At));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AddLearnedEntryAsync(["A question?"], "", "Ada", At));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.AddLearnedPhrasingAsync("faq-1", "  ", "Ada", At));

        var learned = await store.GetLearnedAsync();
        Assert.Equal((0L, 0, 0), (learned.Version, learned.Entries.Count, learned.Phrasings.Count));
    }

    [StoreFact]
    public async Task Two_replicas_on_one_database_see_each_others_changes_and_the_version_move()
    {
        var one = await OpenLearnedAsync();
        var two = await OpenLearnedAsync();
        var before = await two.GetLearnedVersionAsync();

        var entry = await one.AddLearnedEntryAsync(["Where do I park?"], "Level -1.", "Ada", At);

        var afterAdd = await two.GetLearnedVersionAsync();
        Assert.NotEqual(before, afterAdd);
        AssertSame(entry, Assert.Single((await two.GetLearnedAsync()).Entries));

        var phrasing = await two.AddLearnedPhrasingAsync(entry.Id, "car park", "Grace", At.AddMinutes(1));

        Assert.NotEqual(afterAdd, await one.GetLearnedVersionAsync());
        var seen = await one.GetLearnedAsync();
        Assert.Equal([phrasing], seen.Phrasings);
        Assert.Equal(await two.GetLearnedVersionAsync(), seen.Version);
    }

    [StoreFact]
    public async Task Authors_writing_at_once_on_two_replicas_lose_no_change_and_the_version_counts_each()
    {
        IBriefBotStore[] replicas = [await OpenAsync(), await OpenAsync()];
        var before = await Learned(replicas[0]).GetLearnedVersionAsync();

        var added = await RaceAsync(replicas, 24, (store, i) =>
            Learned(store).AddLearnedEntryAsync([$"Question {i}?"], $"Answer {i}.", i % 2 == 0 ? "Ada" : "Grace", At.AddSeconds(i)));

        var learned = await Learned(replicas[1]).GetLearnedAsync();
        Assert.Equal(added.Select(e => e.Id).Order(StringComparer.Ordinal), learned.Entries.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(24, added.Select(e => e.Id).Distinct().Count());
        Assert.Equal(before + 24, learned.Version);
        Assert.Equal(24, (await Learned(replicas[0]).GetLearnedChangesAsync(100)).Count);
    }

    [StoreFact]
    public async Task Racing_edits_of_one_entry_each_log_the_entry_they_replaced()
    {
        IBriefBotStore[] replicas = [await OpenAsync(), await OpenAsync()];
        var entry = await Learned(replicas[0]).AddLearnedEntryAsync(["Q?"], "Answer 0.", "Ada", At);

        await RaceAsync(replicas, 12, (store, i) =>
            Learned(store).UpdateLearnedEntryAsync(entry.Id, ["Q?"], $"Answer {i + 1}.", "Grace", At.AddSeconds(i + 1)));

        // The edits form one chain: each one's "before" is the entry as the previous one left it.
        var edits = (await Learned(replicas[1]).GetLearnedChangesAsync(100)).Where(c => c.Kind == LearnedChangeKind.EntryEdited).Reverse().ToList();
        Assert.Equal(12, edits.Count);
        Assert.Equal("Answer 0.", edits[0].Before!.Answer);
        Assert.All(edits.Zip(edits.Skip(1)), pair => Assert.Equal(pair.First.After!.Answer, pair.Second.Before!.Answer));
        Assert.Equal(edits[^1].After!.Answer, Assert.Single((await Learned(replicas[1]).GetLearnedAsync()).Entries).Answer);
    }

    private async Task<ILearnedEntryStore> OpenLearnedAsync() => Learned(await OpenAsync());

    private static ILearnedEntryStore Learned(IBriefBotStore store) => Assert.IsAssignableFrom<ILearnedEntryStore>(store);

    private static void AssertEntry(LearnedEntry entry, string id, string[] questions, string answer, (string By, DateTimeOffset At) created, (string By, DateTimeOffset At) updated)
    {
        Assert.Equal(id, entry.Id);
        Assert.Equal(questions, entry.Questions);
        Assert.Equal(answer, entry.Answer);
        Assert.Equal(created, (entry.CreatedBy, entry.CreatedAt));
        Assert.Equal(updated, (entry.UpdatedBy, entry.UpdatedAt));
    }

    // Records compare their list of questions by reference; an entry read back has a list of its own.
    private static void AssertSame(LearnedEntry expected, LearnedEntry actual) =>
        AssertEntry(actual, expected.Id, [.. expected.Questions], expected.Answer, (expected.CreatedBy, expected.CreatedAt), (expected.UpdatedBy, expected.UpdatedAt));
}
