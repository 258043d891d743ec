using BriefBot.Core.Knowledge.Learned;
using BriefBot.Core.Storage;

namespace BriefBot.Core.Knowledge;

/// <summary>The learned knowledge laid over what the files hold, kept apart so either can change alone.</summary>
public sealed partial class KnowledgeSource
{
    private LearnedKnowledge learned = LearnedKnowledge.None;
    private KnowledgeBase? fromFiles;

    /// <summary>The learned knowledge currently served.</summary>
    public LearnedKnowledge Learned => Volatile.Read(ref learned);

    /// <summary>
    /// Serves <paramref name="next"/> over the files' knowledge at once, without reading a file. Serialised with file
    /// loads, so a reload and a learned change never serve each other's stale half.
    /// </summary>
    public async Task ServeLearnedAsync(LearnedKnowledge next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Volatile.Write(ref learned, next);
            if (fromFiles is { } files)
            {
                Serve(LearnedMerge.Into(files, next));
            }
        }
        finally
        {
            loading.Release();
        }
    }

    private KnowledgeBase WithLearned(KnowledgeBase files)
    {
        fromFiles = files;
        return LearnedMerge.Into(files, Learned);
    }
}
