using BriefBot.Core.Knowledge;
using BriefBot.Core.Knowledge.Learned;
using BriefBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace BriefBot.Authoring.Learned;

/// <summary>
/// The console's changes to the learned knowledge: checked, written to the store (which records who, when and what
/// it was), then served here at once; other replicas pick them up at their next poll.
/// </summary>
public sealed class LearnedEditor(ILearnedEntryStore store, KnowledgeSource knowledge, LearnedKnowledgeSync sync, TimeProvider time, ILogger<LearnedEditor> logger)
{
    public async Task<Edit<LearnedEntry>> AddAsync(IReadOnlyList<string> questions, string? answer, string author, CancellationToken cancellationToken = default)
    {
        var (kept, text, error) = LearnedInput.Check(questions, answer);
        if (error is not null)
        {
            return new Edit<LearnedEntry>(null, error);
        }

        var entry = await store.AddLearnedEntryAsync(kept, text, author, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await sync.RefreshAsync(cancellationToken).ConfigureAwait(false);
        Log.EntryAdded(logger, author, entry.Id);
        return Edit<LearnedEntry>.Of(entry);
    }

    public async Task<Edit<LearnedEntry>> UpdateAsync(string id, IReadOnlyList<string> questions, string? answer, string author, CancellationToken cancellationToken = default)
    {
        var (kept, text, error) = LearnedInput.Check(questions, answer);
        if (error is not null)
        {
            return new Edit<LearnedEntry>(null, error);
        }

        var entry = await store.UpdateLearnedEntryAsync(id, kept, text, author, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (entry is null)
        {
            return Edit<LearnedEntry>.Missing("id", "learned entry", id);
        }

        await sync.RefreshAsync(cancellationToken).ConfigureAwait(false);
        Log.EntryEdited(logger, author, id);
        return Edit<LearnedEntry>.Of(entry);
    }

    public async Task<Edit<bool>> DeleteAsync(string id, string author, CancellationToken cancellationToken = default)
    {
        if (!await store.DeleteLearnedEntryAsync(id, author, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return Edit<bool>.Missing("id", "learned entry", id);
        }

        await sync.RefreshAsync(cancellationToken).ConfigureAwait(false);
        Log.EntryDeleted(logger, author, id);
        return Edit<bool>.Of(true);
    }

    /// <summary>Teaches a question to any entry the bot serves now (document, curated or learned).</summary>
    public async Task<Edit<LearnedPhrasing>> AddPhrasingAsync(string entryId, string? question, string author, CancellationToken cancellationToken = default)
    {
        var error = question is null ? new InputError("question", "The question is missing.") : LearnedInput.CheckQuestion(question, "question");
        if (error is not null)
        {
            return new Edit<LearnedPhrasing>(null, error);
        }

        if (!knowledge.Current.Knowledge.Entries.Any(e => e.Id == entryId))
        {
            return new Edit<LearnedPhrasing>(null, new InputError("id", $"No entry has the id \"{entryId}\"."));
        }

        var phrasing = await store.AddLearnedPhrasingAsync(entryId, question!.Trim(), author, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await sync.RefreshAsync(cancellationToken).ConfigureAwait(false);
        Log.PhrasingAdded(logger, author, entryId);
        return Edit<LearnedPhrasing>.Of(phrasing);
    }

    public async Task<Edit<bool>> DeletePhrasingAsync(long id, string author, CancellationToken cancellationToken = default)
    {
        if (!await store.DeleteLearnedPhrasingAsync(id, author, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return Edit<bool>.Missing("id", "taught phrasing", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await sync.RefreshAsync(cancellationToken).ConfigureAwait(false);
        Log.PhrasingDeleted(logger, author, id);
        return Edit<bool>.Of(true);
    }

    /// <summary>The file <c>export</c> writes: every learned entry and phrasing as a curated JSON file.</summary>
    public async Task<string> ExportAsync(CancellationToken cancellationToken = default)
    {
        var learned = await store.GetLearnedAsync(cancellationToken).ConfigureAwait(false);
        return LearnedExport.ToCuratedJson(learned, knowledge.Current.Knowledge);
    }
}
