namespace BriefBot.Core.Storage;

/// <summary>
/// The learned entries and phrasings authors write through the authoring console, kept in the database so every
/// replica serves them. Every change bumps <see cref="GetLearnedVersionAsync"/>, a cheap read that replicas poll to
/// see that they must reload the learned knowledge.
/// </summary>
public interface ILearnedEntryStore
{
    Task<LearnedKnowledge> GetLearnedAsync(CancellationToken cancellationToken = default);

    /// <summary>The version of the learned knowledge: changes whenever an entry or phrasing is added, edited or deleted.</summary>
    Task<long> GetLearnedVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new entry with a fresh id ("learned-" and 12 hex digits) and returns it.</summary>
    Task<LearnedEntry> AddLearnedEntryAsync(IReadOnlyList<string> questions, string answer, string author, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Replaces an entry's phrasings and answer; null when no learned entry has that id.</summary>
    Task<LearnedEntry?> UpdateLearnedEntryAsync(string id, IReadOnlyList<string> questions, string answer, string author, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Deletes a learned entry and the phrasings taught for it; false when no learned entry has that id.</summary>
    Task<bool> DeleteLearnedEntryAsync(string id, string author, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Teaches <paramref name="question"/> as a phrasing of the entry <paramref name="entryId"/> (any entry: the caller checks it exists).</summary>
    Task<LearnedPhrasing> AddLearnedPhrasingAsync(string entryId, string question, string author, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes a taught phrasing; false when there is none with that id.</summary>
    Task<bool> DeleteLearnedPhrasingAsync(long id, string author, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The most recent changes, newest first.</summary>
    Task<IReadOnlyList<LearnedChange>> GetLearnedChangesAsync(int max, CancellationToken cancellationToken = default);
}
