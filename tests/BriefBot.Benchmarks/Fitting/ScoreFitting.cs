using System.Globalization;
using BriefBot.Benchmarks.Semantic;
using BriefBot.Core.Evaluation;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Core.Replies;
using BriefBot.Embeddings;

namespace BriefBot.Benchmarks.Fitting;

/// <summary>
/// `-- --fit`: fits <see cref="ScoreModel"/> on the development pool (tests/eval/heldout's briefings and questions,
/// and HINT3's FAQ phrasings asked of themselves), then `-- --eval` reports every question set at the default
/// threshold. The fitted weights are printed in the order of <see cref="ScoreModel.Names"/>; no evaluation set is in
/// the pool. With BRIEFBOT_EVAL_DUMP=FILE, `--eval` also writes each question's outcome, where the right entry was
/// ranked, and its top three candidates with their score parts, to see why a question was missed.
/// </summary>
internal static class ScoreFitting
{
    private const int CandidatesPerQuestion = 10;

    // A wrong answer costs twice a decline, as in the knowledge base's own calibration.
    private const double WrongAnswerCost = 2.0;

    public static async Task FitAsync(string evalFolder, TextWriter output, CancellationToken cancellationToken)
    {
        using var encoder = new MiniLmEncoder();
        var options = new MatchingOptions { Calibrate = false };
        var questions = new List<(List<(ScoreSignals Signals, bool Right)> Candidates, bool InScope, string Group)>();
        foreach (var set in await EvalSet.BriefingsAsync(Path.Combine(evalFolder, "heldout"), cancellationToken))
        {
            var matcher = new Matcher(set.Knowledge, options, SemanticIndex.Build(set.Knowledge, encoder, cancellationToken: cancellationToken));
            foreach (var q in set.Questions)
            {
                questions.Add((Labelled(matcher.Match(q.Question).Ranked, c => AnswersRight(q, c.Entry)), !q.OutOfScope, "briefings"));
            }

            await output.WriteLineAsync($"{set.Name}: {set.Questions.Count} questions");
        }

        foreach (var name in new[] { "sofmattress", "curekart", "powerplay11" })
        {
            var set = await EvalSet.Hint3Async(evalFolder, name, withTest: false, cancellationToken);
            var matcher = new Matcher(set.Knowledge, options, SemanticIndex.Build(set.Knowledge, encoder, cancellationToken: cancellationToken));
            var count = 0;
            foreach (var (entry, held, removed) in SelfQuestions.Ask(matcher))
            {
                questions.Add((Labelled(Fusion.Decide(held, matcher.Model, matcher.Shift, matcher.Index), c => c.Entry == entry), true, set.Name));
                questions.Add((Labelled(Fusion.Decide(removed, matcher.Model, matcher.Shift, matcher.Index), _ => false), false, set.Name));
                count++;
            }

            await output.WriteLineAsync($"{set.Name}: {count} phrasings asked of themselves");
        }

        // Each source of questions weighs the same in all, and within it in-scope and out-of-scope questions do: the
        // briefings' 140 questions count as much as a FAQ's 900 self-questions.
        var share = questions.GroupBy(q => (q.Group, q.InScope)).ToDictionary(g => g.Key, g => 1.0 / g.Count());
        var samples = questions
            .SelectMany(q => q.Candidates.Select(c => (X: ScoreModel.Features(c.Signals), Y: c.Right, Weight: share[(q.Group, q.InScope)] / q.Candidates.Count)))
            .ToList();
        var weights = LogisticFit.Fit(samples, [.. ScoreModel.Default.Weights], iterations: 20000, rate: 3.0);

        // The fit ranks; the bias then sets where it decides: the logit at which answering the top candidate makes the
        // fewest costly mistakes over the pool at the default threshold.
        var threshold = Math.Log(MatchingOptions.DefaultThreshold / (100.0 - MatchingOptions.DefaultThreshold));
        var fitted = weights[0];
        var bestCost = double.MaxValue;
        for (var bias = fitted - 4; bias <= fitted + 4; bias += 0.02)
        {
            weights[0] = bias;
            var model = new ScoreModel(weights);
            var cost = 0.0;
            foreach (var (candidates, inScope, group) in questions)
            {
                var top = candidates.Select(c => (Logit: model.Logit(c.Signals), c.Right)).DefaultIfEmpty((Logit: double.NegativeInfinity, Right: false)).MaxBy(c => c.Logit);
                var answers = top.Logit >= threshold;
                var missed = inScope && !(answers && top.Right) ? 1 : 0;
                var wrong = answers && !top.Right ? WrongAnswerCost : 0;
                cost += share[(group, inScope)] * (missed + wrong);
            }

            if (cost < bestCost)
            {
                bestCost = cost;
                fitted = bias;
            }
        }

        weights[0] = fitted;
        await output.WriteLineAsync($"ScoreModel weights ({string.Join(", ", ScoreModel.Names)}):");
        await output.WriteLineAsync(string.Join(", ", weights.Select(w => w.ToString("F3", CultureInfo.InvariantCulture))));
    }

    /// <summary>The top candidates of a match, each with its signals read back from its score parts, and whether it is right.</summary>
    private static List<(ScoreSignals Signals, bool Right)> Labelled(IEnumerable<ScoredEntry> ranked, Func<ScoredEntry, bool> right) =>
        [.. ranked.Take(CandidatesPerQuestion).Select(c => (Signals(c), right(c)))];

    // The parts follow ScoreModel.Names: the bias's constant first, then the signals, then the calibration.
    private static ScoreSignals Signals(ScoredEntry candidate)
    {
        var v = candidate.Parts.Select(p => (float)p.Value).ToArray();
        return new ScoreSignals(v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }

    /// <summary>Whether answering with the entry would be judged correct, by the evaluator's own rule.</summary>
    private static bool AnswersRight(EvalQuestion question, KnowledgeEntry entry) =>
        !question.OutOfScope && Evaluator.Judge(question, new Reply(question.Question, true, entry.Answer, entry.Quote, 0, [], entry.Id)).Outcome == EvalOutcome.Correct;

    private static string Trim(string text) => text.Length > 90 ? text[..90] : text;

    public static async Task EvalAsync(string evalFolder, bool semantic, bool calibrate, ScoreModel? model, int distractors, TextWriter output, CancellationToken cancellationToken)
    {
        ITextEncoder? encoder = semantic ? SharedEncoder.Instance : null;
        var filler = distractors > 0 ? await Distractors.LoadAsync(distractors, semantic, cancellationToken) : null;
        if (filler is not null)
        {
            await output.WriteLineAsync($"each set together with {filler.Entries:N0} generated entries of other briefings");
        }

        var options = new MatchingOptions { Calibrate = calibrate };
        await using var dump = Environment.GetEnvironmentVariable("BRIEFBOT_EVAL_DUMP") is { Length: > 0 } path ? new StreamWriter(path) : null;
        var groups = await EvalSet.GroupsAsync(evalFolder, cancellationToken);
        foreach (var (group, sets) in groups)
        {
            var results = new List<EvalResult>();
            var topRight = 0;
            foreach (var set in sets)
            {
                var knowledge = filler?.With(set.Knowledge) ?? set.Knowledge;
                var matcher = new Matcher(knowledge, options, encoder is null ? null : SemanticIndex.Build(knowledge, encoder, filler?.Cache, cancellationToken: cancellationToken), model);
                foreach (var q in set.Questions)
                {
                    // One match per question serves both the reply's judgement and whether the best candidate was right.
                    var match = matcher.Match(q.Question);
                    var judged = Evaluator.Judge(q, matcher.ReplyTo(match));
                    results.Add(judged);
                    topRight += match.Best is { } best && AnswersRight(q, best.Entry) ? 1 : 0;
                    if (dump is not null)
                    {
                        var rightAt = match.Ranked.Select((c, i) => (c, i)).FirstOrDefault(x => AnswersRight(q, x.c.Entry), (null!, -1)).Item2;
                        await dump.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{group}\t{set.Name}\t{judged.Outcome}\t{(q.OutOfScope ? "OOS" : "IN")}\trightAt={rightAt}\t{q.Question}"));
                        foreach (var c in match.Ranked.Take(3))
                        {
                            await dump.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    [{c.Confidence}] {(AnswersRight(q, c.Entry) ? "R" : "-")} {c.Entry.Kind} {Trim(c.Entry.DisplayQuestion ?? c.Entry.Answer)} | {string.Join(" ", c.Parts.Select(p => p.Value.ToString("0.00", CultureInfo.InvariantCulture)))}"));
                        }
                    }
                }
            }

            var t = EvalTotals.Of(results);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{group,-32} in-scope {t.Correct}/{t.InScope} correct ({t.Accuracy:P1}), {t.Wrong} wrong, {t.Abstained} declined; out-of-scope {t.DeclinedOutOfScope}/{t.OutOfScope} declined, {t.AnsweredOutOfScope} answered ({t.OutOfScopeRecall:P1}); top-1 right {topRight}"));
        }
    }
}
