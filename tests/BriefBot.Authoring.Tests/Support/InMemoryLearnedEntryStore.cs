using System.Security.Cryptography;
using BriefBot.Core.Storage;

namespace BriefBot.Authoring.Tests.Support;

/// <summary>The learned-entry contract in memory, for page logic that does not need a database.</summary>
internal sealed class InMemoryLearnedEntryStore : ILearnedEntryStore
{
    private readonly Lock gate = new();
    private readonly List<LearnedEntry> entries = [];
    private readonly List<LearnedPhrasing> phrasings = [];
    private readonly List<LearnedChange> changes = [];
    private long version;
    private long nextId;

    public Task<LearnedKnowledge> GetLearnedAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(new LearnedKnowledge(version, [.. entries], [.. phrasings]));
        }
    }

    public Task<long> GetLearnedVersionAsync(CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(version);
        }
    }

    public Task<LearnedEntry> AddLearnedEntryAsync(IReadOnlyList<string> questions, string answer, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var entry = new LearnedEntry("learned-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), questions, answer, author, at, author, at);
            entries.Add(entry);
            Changed(LearnedChangeKind.EntryAdded, entry.Id, author, at, null, entry, null);
            return Task.FromResult(entry);
        }
    }

    public Task<LearnedEntry?> UpdateLearnedEntryAsync(string id, IReadOnlyList<string> questions, string answer, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var index = entries.FindIndex(e => e.Id == id);
            if (index < 0)
            {
                return Task.FromResult<LearnedEntry?>(null);
            }

            var before = entries[index];
            entries[index] = before with { Questions = questions, Answer = answer, UpdatedBy = author, UpdatedAt = at };
            Changed(LearnedChangeKind.EntryEdited, id, author, at, before, entries[index], null);
            return Task.FromResult<LearnedEntry?>(entries[index]);
        }
    }

    public Task<bool> DeleteLearnedEntryAsync(string id, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var before = entries.Find(e => e.Id == id);
            if (before is null)
            {
                return Task.FromResult(false);
            }

            entries.Remove(before);
            phrasings.RemoveAll(p => p.EntryId == id);
            Changed(LearnedChangeKind.EntryDeleted, id, author, at, before, null, null);
            return Task.FromResult(true);
        }
    }

    public Task<LearnedPhrasing> AddLearnedPhrasingAsync(string entryId, string question, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var phrasing = new LearnedPhrasing(++nextId, entryId, question, author, at);
            phrasings.Add(phrasing);
            Changed(LearnedChangeKind.PhrasingAdded, entryId, author, at, null, null, question);
            return Task.FromResult(phrasing);
        }
    }

    public Task<bool> DeleteLearnedPhrasingAsync(long id, string author, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            var phrasing = phrasings.Find(p => p.Id == id);
            if (phrasing is null)
            {
                return Task.FromResult(false);
            }

            phrasings.Remove(phrasing);
            Changed(LearnedChangeKind.PhrasingDeleted, phrasing.EntryId, author, at, null, null, phrasing.Question);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<LearnedChange>> GetLearnedChangesAsync(int max, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<LearnedChange>>([.. changes.AsEnumerable().Reverse().Take(max)]);
        }
    }

    private void Changed(LearnedChangeKind kind, string entryId, string author, DateTimeOffset at, LearnedEntry? before, LearnedEntry? after, string? phrasing)
    {
        version++;
        changes.Add(new LearnedChange(changes.Count + 1, kind, entryId, author, at, before, after, phrasing));
    }
}
