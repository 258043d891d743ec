using System.Globalization;
using BriefBot.Core.Evaluation;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Embeddings;

namespace BriefBot.Benchmarks.Fitting;

/// <summary>
/// `-- --fit`: fits <see cref="ScoreModel"/> on the development pool (tests/eval/heldout's briefings and questions,
/// and HINT3's FAQ phrasings asked of themselves), then `-- --eval` reports every question set at the default
/// threshold. The fitted weights are printed for ScoreModel.Default; no evaluation set is in the pool.
/// </summary>
internal static class ScoreFitting
{
    private const int CandidatesPerQuestion = 10;

    public static async Task FitAsync(string evalFolder, TextWriter output, CancellationToken cancellationToken)
    {
        using var encoder = new MiniLmEncoder(threads: Environment.ProcessorCount);
        var options = new MatchingOptions { Calibrate = false };
        var samples = new List<(double[] X, bool Y, double Weight)>();
        var questions = new List<(IReadOnlyList<(ScoreSignals Signals, bool Right)> Candidates, bool InScope, string Group)>();
        foreach (var set in await EvalSet.BriefingsAsync(Path.Combine(evalFolder, "heldout"), cancellationToken))
        {
            var matcher = new Matcher(set.Knowledge, options, SemanticIndex.Build(set.Knowledge, encoder, cancellationToken: cancellationToken));
            foreach (var q in set.Questions)
            {
                var ranked = matcher.Match(q.Question).Ranked.Take(CandidatesPerQuestion)
                    .Select(c => (Signals(c), !q.OutOfScope && q.Expected.Any(p => (c.Entry.Answer + "\n" + c.Entry.Quote.Text).Contains(p, StringComparison.OrdinalIgnoreCase))))
                    .ToList();
                questions.Add((ranked, !q.OutOfScope, "briefings"));
            }

            await output.WriteLineAsync($"{set.Name}: {set.Questions.Count} questions");
        }

        foreach (var name in new[] { "sofmattress", "curekart", "powerplay11" })
        {
            var set = await EvalSet.Hint3Async(evalFolder, name, withTest: false, cancellationToken);
            var matcher = new Matcher(set.Knowledge, options, SemanticIndex.Build(set.Knowledge, encoder, cancellationToken: cancellationToken));
            var count = 0;
            foreach (var (held, removed) in SelfQuestions(matcher))
            {
                questions.Add((held, true, set.Name));
                questions.Add((removed, false, set.Name));
                count++;
            }

            await output.WriteLineAsync($"{set.Name}: {count} phrasings asked of themselves");
        }

        // Each source of questions weighs the same in all, and within it in-scope and out-of-scope questions do: the
        // briefings' 140 questions count as much as a FAQ's 900 self-questions.
        var share = questions.GroupBy(q => (q.Group, q.InScope)).ToDictionary(g => g.Key, g => 1.0 / g.Count());
        foreach (var (candidates, inScope, group) in questions)
        {
            foreach (var (signals, right) in candidates)
            {
                samples.Add((ScoreModel.Features(signals), right, share[(group, inScope)] / candidates.Count));
            }
        }

        var weights = LogisticFit.Fit(samples, ScoreModel.Default.ToArray(), iterations: 20000, rate: 3.0);

        // The fit ranks; the bias then sets where it decides: the logit at which answering the top candidate makes the
        // fewest costly mistakes over the pool at the default threshold (a wrong answer costs twice a decline).
        var threshold = Math.Log(MatchingOptions.DefaultThreshold / (100.0 - MatchingOptions.DefaultThreshold));
        var fitted = ScoreModel.FromArray(weights);
        var bestCost = double.MaxValue;
        var bestBias = weights[0];
        for (var bias = weights[0] - 4; bias <= weights[0] + 4; bias += 0.02)
        {
            var model = fitted with { Bias = bias };
            double missed = 0, wrong = 0;
            foreach (var (candidates, inScope, group) in questions)
            {
                var w = share[(group, inScope)];
                var top = candidates.Select(c => (Logit: model.Logit(c.Signals), c.Right)).DefaultIfEmpty((Logit: double.NegativeInfinity, Right: false)).MaxBy(c => c.Logit);
                var answers = top.Logit >= threshold;
                if (inScope && !(answers && top.Right))
                {
                    missed += w;
                }

                if (answers && !top.Right)
                {
                    wrong += w;
                }
            }

            var cost = missed + (2 * wrong);
            if (((int)Math.Round((bias - weights[0]) / 0.02) % 25) == 0)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"bias {bias:F2}: missed {missed:F2}, wrong {wrong:F2}"));
            }

            if (cost < bestCost)
            {
                bestCost = cost;
                bestBias = bias;
            }
        }

        weights[0] = bestBias;
        await output.WriteLineAsync("ScoreModel weights (bias, lexical, question similarity, text similarity, meaning margin, lexical margin, agreement):");
        await output.WriteLineAsync(string.Join(", ", weights.Select(w => w.ToString("F3", CultureInfo.InvariantCulture))));
    }

    /// <summary>Each phrasing asked with itself held out (in scope) and with its entry removed (a near miss).</summary>
    internal static IEnumerable<(List<(ScoreSignals, bool)> Held, List<(ScoreSignals, bool)> Removed)> SelfQuestions(Matcher matcher)
    {
        var index = matcher.Index;
        var semantic = matcher.Semantic!;
        for (var t = 0; t < index.Targets.Length; t++)
        {
            var target = index.Targets[t];
            if (target.Kind != TargetKind.Question)
            {
                continue;
            }

            var embedding = semantic.Matrix.Row(semantic.RowOf(t)).ToArray();
            var entry = index.Entries[target.Entry];
            var held = matcher.Match(target.Text, embedding, new Exclusion(t, -1)).Ranked.Take(CandidatesPerQuestion).Select(c => (Signals(c), c.Entry == entry)).ToList();
            var removed = matcher.Match(target.Text, embedding, new Exclusion(-1, target.Entry)).Ranked.Take(CandidatesPerQuestion).Select(c => (Signals(c), false)).ToList();
            yield return (held, removed);
        }
    }

    private static ScoreSignals Signals(ScoredEntry candidate)
    {
        var v = candidate.Parts.Select(p => (float)p.Value).ToArray();
        return new ScoreSignals(v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    public static async Task EvalAsync(string evalFolder, bool semantic, bool calibrate, ScoreModel? model, TextWriter output, CancellationToken cancellationToken)
    {
        using var encoder = semantic ? new MiniLmEncoder(threads: Environment.ProcessorCount) : null;
        var options = new MatchingOptions { Calibrate = calibrate, Semantic = semantic };
        var groups = new List<(string Group, List<EvalSet> Sets)>
        {
            ("dev", [await EvalSet.FolderAsync("dev", Path.Combine(evalFolder, "..", "..", "knowledge"), Path.Combine(evalFolder, "dev-questions.tsv"), cancellationToken)]),
            ("heldout (used in development)", await EvalSet.BriefingsAsync(Path.Combine(evalFolder, "heldout"), cancellationToken)),
            ("heldout2", await EvalSet.BriefingsAsync(Path.Combine(evalFolder, "heldout2"), cancellationToken)),
            ("heldout3", await EvalSet.BriefingsAsync(Path.Combine(evalFolder, "heldout3"), cancellationToken)),
        };
        foreach (var name in new[] { "sofmattress", "curekart", "powerplay11" })
        {
            groups.Add(($"hint3 {name}", [await EvalSet.Hint3Async(evalFolder, name, withTest: true, cancellationToken)]));
        }

        foreach (var (group, sets) in groups)
        {
            var results = new List<EvalResult>();
            var topRight = 0;
            foreach (var set in sets)
            {
                var matcher = new Matcher(set.Knowledge, options, encoder is null ? null : SemanticIndex.Build(set.Knowledge, encoder, cancellationToken: cancellationToken), model);
                results.AddRange(Evaluator.Run(matcher, set.Questions));
                topRight += set.Questions.Count(q => !q.OutOfScope && matcher.Match(q.Question).Best is { } b && q.Expected.Any(p => (b.Entry.Answer + "\n" + b.Entry.Quote.Text).Contains(p, StringComparison.OrdinalIgnoreCase)));
            }

            var t = EvalTotals.Of(results);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{group,-32} in-scope {t.Correct}/{t.InScope} correct ({t.Accuracy:P1}), {t.Wrong} wrong, {t.Abstained} declined; out-of-scope {t.DeclinedOutOfScope}/{t.OutOfScope} declined ({t.OutOfScopeRecall:P1}); top-1 right {topRight}"));
        }
    }
}
