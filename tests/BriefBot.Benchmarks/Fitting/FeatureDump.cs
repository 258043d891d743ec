using System.Text.Json;
using BriefBot.Core.Evaluation;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Replies;
using BriefBot.Embeddings;

namespace BriefBot.Benchmarks.Fitting;

/// <summary>
/// `-- --dump DIR`: every eval question's candidates (the lexical index's and the nearest by meaning) with each raw
/// signal and whether answering with it would be right, one JSON line per question, so decision rules can be studied
/// without encoding again. A study tool: the bot never reads these files.
/// </summary>
internal static class FeatureDump
{
    private const int DenseCandidates = 32;

    public static async Task DumpAsync(string evalFolder, string outputFolder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(outputFolder);
        using var encoder = new MiniLmEncoder(threads: Environment.ProcessorCount);
        var options = new MatchingOptions { Calibrate = false };
        var groups = await EvalSet.GroupsAsync(evalFolder, cancellationToken);
        foreach (var (group, sets) in groups)
        {
            await using var output = new StreamWriter(Path.Combine(outputFolder, FileName(group) + ".jsonl"));
            foreach (var set in sets)
            {
                var matcher = new Matcher(set.Knowledge, options, SemanticIndex.Build(set.Knowledge, encoder, cancellationToken: cancellationToken));
                foreach (var q in set.Questions)
                {
                    var embedding = matcher.Semantic!.EncodeQuestion(ChatText.Clean(q.Question));
                    await output.WriteLineAsync(JsonSerializer.Serialize(Describe(set.Name, "eval", matcher, q.Question, embedding, Exclusion.None, !q.OutOfScope, entry => Right(q, entry))));
                }

                // Self-questions too: the calibration pool the knowledge base has without any eval question.
                await using var self = new StreamWriter(Path.Combine(outputFolder, FileName(group) + ".self.jsonl"), append: true);
                var index = matcher.Index;
                var questions = Enumerable.Range(0, index.Targets.Length).Where(t => index.Targets[t].Kind == TargetKind.Question).ToArray();
                var step = Math.Max(1, questions.Length / 300);
                for (var i = 0; i < questions.Length; i += step)
                {
                    var t = questions[i];
                    var target = index.Targets[t];
                    var embedding = matcher.Semantic!.Matrix.Row(matcher.Semantic.RowOf(t)).ToArray();
                    var own = index.Entries[target.Entry];
                    await self.WriteLineAsync(JsonSerializer.Serialize(Describe(set.Name, "held", matcher, target.Text, embedding, new Exclusion(t, -1), true, e => e == own)));
                    await self.WriteLineAsync(JsonSerializer.Serialize(Describe(set.Name, "removed", matcher, target.Text, embedding, new Exclusion(-1, target.Entry), false, _ => false)));
                }
            }

            await Console.Out.WriteLineAsync($"{group}: dumped");
        }
    }

    // "hint3 sofmattress" is written as sofmattress.jsonl, "heldout (used in development)" as heldout.jsonl.
    private static string FileName(string group) => group.Split(' ')[^1] is var last && group.StartsWith("hint3", StringComparison.Ordinal) ? last : group.Split(' ')[0];

    private static bool Right(EvalQuestion q, KnowledgeEntry entry) =>
        !q.OutOfScope && Evaluator.Judge(q, new Reply(q.Question, true, entry.Answer, entry.Quote, 0, [], entry.Id)).Outcome == EvalOutcome.Correct;

    private static object Describe(string set, string kind, Matcher matcher, string question, float[] embedding, Exclusion exclude, bool inScope, Func<KnowledgeEntry, bool> right)
    {
        var index = matcher.Index;
        var semantic = matcher.Semantic!;
        var query = QueryAnalyzer.Analyze(question, index);
        var lexical = matcher.LexicalScores(query, exclude);
        var entries = new HashSet<int>(lexical.Keys);
        foreach (var (row, _) in semantic.Matrix.Nearest(embedding, DenseCandidates))
        {
            foreach (var t in semantic.TargetsOfRow[row])
            {
                if (!exclude.Excludes(t, index.Targets[t].Entry))
                {
                    entries.Add(index.Targets[t].Entry);
                }
            }
        }

        var candidates = new List<object>();
        foreach (var e in entries)
        {
            float qsim = 0f, tsim = 0f, covQ = 0f, covT = 0f, lexBest = 0f;
            var holds = false;
            var texts = new List<string[]>();
            var phrasings = 0;
            foreach (var t in matcher.EntryTargets[e])
            {
                if (exclude.Excludes(t, e))
                {
                    continue;
                }

                var target = index.Targets[t];
                texts.Add([target.Kind.ToString(), target.Text]);
                var sim = semantic.Matrix.Similarity(embedding, semantic.RowOf(t));
                if (target.Kind == TargetKind.Question)
                {
                    qsim = MathF.Max(qsim, sim);
                    phrasings++;
                }
                else
                {
                    tsim = MathF.Max(tsim, sim);
                }

                if (query.Terms.Length > 0)
                {
                    var c = Coverage.Measure(query, target, index.Terms);
                    if (c.OfQuestion > covQ)
                    {
                        covQ = c.OfQuestion;
                        covT = c.OfText;
                    }

                    var l = Confidence.Lexical(query, target, index.Terms);
                    lexBest = MathF.Max(lexBest, Confidence.WithFuzzy(query, target, l));
                }

                holds |= query.Asks != AnswerKind.None && (target.Holds & query.Asks) != 0;
            }

            var entry = index.Entries[e];
            candidates.Add(new
            {
                id = entry.Id,
                kind = entry.Kind.ToString(),
                phrasings,
                lex = (lexical.TryGetValue(e, out var known) ? known : lexBest) / 100f,
                qsim,
                tsim,
                covQ,
                covT,
                holds,
                right = inScope && right(entry),
                texts,
            });
        }

        return new
        {
            set,
            kind,
            q = question,
            inscope = inScope,
            asks = query.Asks != AnswerKind.None,
            unknown = query.NamesSomethingUnknown,
            terms = query.Terms.Length,
            entries = index.Entries.Count,
            cands = candidates,
        };
    }

}
