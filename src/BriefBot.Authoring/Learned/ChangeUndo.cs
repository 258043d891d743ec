using System.Globalization;
using BriefBot.Core.Storage;

namespace BriefBot.Authoring.Learned;

/// <summary>
/// Undoes one recent change by making the opposite change through the editor: checked, recorded under the author
/// who undid it, and served at once like any other, so an undo can itself be undone.
/// </summary>
public sealed class ChangeUndo(ILearnedEntryStore store, LearnedEditor editor)
{
    /// <summary>Undoes the change <paramref name="changeId"/>; the edit's value says what was done, in an author's words.</summary>
    public async Task<Edit<string>> UndoAsync(long changeId, string author, CancellationToken cancellationToken = default)
    {
        var changes = await store.GetLearnedChangesAsync(AuthoringViews.MaxChanges, cancellationToken).ConfigureAwait(false);
        if (changes.FirstOrDefault(c => c.Id == changeId) is not { } change)
        {
            return Edit<string>.Missing("id", "recent change", changeId.ToString(CultureInfo.InvariantCulture));
        }

        return change switch
        {
            { Kind: LearnedChangeKind.EntryAdded } => Said(await editor.DeleteAsync(change.EntryId, author, cancellationToken).ConfigureAwait(false), _ => $"Deleted {change.EntryId} again."),
            { Kind: LearnedChangeKind.EntryEdited, Before: { } before } => await RestoreAsync(change.EntryId, before, author, cancellationToken).ConfigureAwait(false),
            { Kind: LearnedChangeKind.EntryDeleted, Before: { } before } => Said(await editor.AddAsync(before.Questions, before.Answer, author, cancellationToken).ConfigureAwait(false), e => $"Restored as {e.Id}."),
            { Kind: LearnedChangeKind.PhrasingAdded, Phrasing: { } question } => await UnteachAsync(change.EntryId, question, author, cancellationToken).ConfigureAwait(false),
            { Kind: LearnedChangeKind.PhrasingDeleted, Phrasing: { } question } => Said(await editor.AddPhrasingAsync(change.EntryId, question, author, cancellationToken).ConfigureAwait(false), _ => $"Taught to {change.EntryId} again."),
            _ => Edit<string>.Invalid("id", "That change keeps no earlier text to go back to."),
        };
    }

    /// <summary>The entry as it was before the edit; if it has been deleted since, as a new entry.</summary>
    private async Task<Edit<string>> RestoreAsync(string id, LearnedEntry before, string author, CancellationToken cancellationToken)
    {
        var edit = await editor.UpdateAsync(id, before.Questions, before.Answer, author, cancellationToken).ConfigureAwait(false);
        return edit.NotFound
            ? Said(await editor.AddAsync(before.Questions, before.Answer, author, cancellationToken).ConfigureAwait(false), e => $"{id} was deleted since; its earlier text is restored as {e.Id}.")
            : Said(edit, _ => $"{id} is back to its earlier text.");
    }

    private async Task<Edit<string>> UnteachAsync(string entryId, string question, string author, CancellationToken cancellationToken)
    {
        var learned = await store.GetLearnedAsync(cancellationToken).ConfigureAwait(false);
        if (learned.Phrasings.FirstOrDefault(p => p.EntryId == entryId && p.Question == question) is not { } phrasing)
        {
            return Edit<string>.Invalid("id", "That phrasing has already been removed.");
        }

        return Said(await editor.DeletePhrasingAsync(phrasing.Id, author, cancellationToken).ConfigureAwait(false), _ => $"Removed the phrasing from {entryId}.");
    }

    private static Edit<string> Said<T>(Edit<T> edit, Func<T, string> done) =>
        edit.Done ? Edit<string>.Of(done(edit.Value!)) : new Edit<string>(null, edit.Error, edit.NotFound);
}
