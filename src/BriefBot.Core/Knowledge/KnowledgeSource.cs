using BriefBot.Core.Matching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// Holds the knowledge the bot answers from. A load builds a new knowledge base and matcher aside and swaps them in
/// with one reference write, so a question sees either the old knowledge or the new, never half of each.
/// </summary>
public sealed partial class KnowledgeSource
{
    private readonly KnowledgeOptions options;
    private readonly MatchingOptions matching;
    private readonly ILogger<KnowledgeSource> logger;
    private Matcher current;

    public KnowledgeSource(IOptions<KnowledgeOptions> options, IOptions<MatchingOptions> matching, ILogger<KnowledgeSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(matching);
        this.options = options.Value;
        this.matching = matching.Value;
        this.logger = logger;
        current = new Matcher(KnowledgeBase.Empty, this.matching);
    }

    /// <summary>The matcher over the knowledge currently served.</summary>
    public Matcher Current => Volatile.Read(ref current);

    public string Folder => options.Path;

    /// <summary>Loads the knowledge folder and serves it. Problems in single files are logged; the rest loads.</summary>
    public async Task<KnowledgeBase> LoadAsync(CancellationToken cancellationToken)
    {
        var knowledge = await KnowledgeLoader.LoadAsync(options.Path, cancellationToken).ConfigureAwait(false);
        foreach (var problem in knowledge.Problems)
        {
            Log.FileProblem(logger, problem.File, problem.Line, problem.Message);
        }

        Serve(knowledge);
        Log.Loaded(logger, knowledge.Briefings.Count, knowledge.Entries.Count, knowledge.Fingerprint);
        return knowledge;
    }

    /// <summary>Swaps in an already built knowledge base.</summary>
    public void Serve(KnowledgeBase knowledge) => Volatile.Write(ref current, new Matcher(knowledge, matching));

    private static partial class Log
    {
        [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Knowledge loaded: {Briefings} briefings, {Entries} entries, fingerprint {Fingerprint}")]
        public static partial void Loaded(ILogger logger, int briefings, int entries, string fingerprint);

        [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Knowledge file {File}, line {Line}: {Problem}")]
        public static partial void FileProblem(ILogger logger, string file, int line, string problem);
    }
}
