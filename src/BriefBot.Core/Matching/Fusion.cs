namespace BriefBot.Core.Matching;

/// <summary>
/// Ranks candidates from both sides: the lexical index's and the nearest neighbours by embedding, each scored on
/// every signal (a candidate found by one side is measured by the other too), then combined by the score model.
/// </summary>
internal static class Fusion
{
    // Rows of the embedding matrix to take as candidates; more only adds entries no model would rank first.
    private const int DenseCandidates = 32;

    // How fast a row's weight in the neighbour support falls with its distance from the nearest: at 0.05 a row 0.1
    // below the nearest counts a seventh as much.
    private const float SupportTemperature = 0.05f;

    /// <summary>The score part that says a candidate first on both sides kept its lexical confidence.</summary>
    public const string AgreedLexicalPart = "lexical confidence kept: first on both sides";

    public static List<ScoredEntry> Rank(Query query, float[] embedding, Dictionary<int, float> lexical, Exclusion exclude, Matcher matcher) =>
        Decide(Gather(query, embedding, lexical, exclude, matcher), matcher.Model, matcher.Shift, matcher.Index);

    /// <summary>Every candidate from either side with its signals: what the score model weighs, whatever its weights.</summary>
    public static FusedCandidates Gather(Query query, float[] embedding, Dictionary<int, float> lexical, Exclusion exclude, Matcher matcher)
    {
        var semantic = matcher.Semantic!;
        var index = matcher.Index;
        var candidates = new Dictionary<int, (float Question, float Text)>();
        var nearest = semantic.Matrix.Nearest(embedding, DenseCandidates);
        var support = Support(nearest, semantic, index, exclude);
        foreach (var (row, similarity) in nearest)
        {
            foreach (var t in semantic.TargetsOfRow[row])
            {
                var target = index.Targets[t];
                if (!exclude.Excludes(t, target.Entry))
                {
                    Keep(target.Entry, target.Kind, semantic.OfRow(row, similarity));
                }
            }
        }

        foreach (var entry in lexical.Keys)
        {
            if (!candidates.ContainsKey(entry))
            {
                candidates[entry] = (0f, 0f);
                foreach (var t in matcher.EntryTargets[entry])
                {
                    if (!exclude.Excludes(t, entry))
                    {
                        Keep(entry, index.Targets[t].Kind, semantic.SimilarityOf(embedding, t));
                    }
                }
            }
        }

        if (candidates.Count == 0)
        {
            return FusedCandidates.None;
        }

        var scored = new List<(int Entry, float Lexical, float Question, float Text)>(candidates.Count);
        foreach (var (entry, (q, t)) in candidates)
        {
            var l = lexical.TryGetValue(entry, out var known) ? known : LexicalOf(query, entry, exclude, matcher);
            scored.Add((entry, l / 100f, q, t));
        }

        var (lexicalFirst, lexicalSecond) = TopTwo(scored, s => s.Lexical);
        var (denseFirst, denseSecond) = TopTwo(scored, s => Dense(s.Question, s.Text));
        var gathered = new (int Entry, ScoreSignals Signals)[scored.Count];
        for (var i = 0; i < scored.Count; i++)
        {
            var s = scored[i];
            var dense = Dense(s.Question, s.Text);
            gathered[i] = (s.Entry, new ScoreSignals(
                s.Lexical,
                MathF.Max(0f, s.Question - ScoreModel.PhrasingOffset),
                s.Text,
                dense - (s.Entry == denseFirst.Entry ? denseSecond.Value : denseFirst.Value),
                s.Lexical - (s.Entry == lexicalFirst.Entry ? lexicalSecond.Value : lexicalFirst.Value),
                s.Entry == lexicalFirst.Entry && s.Entry == denseFirst.Entry && s.Lexical > 0f ? 1f : 0f,
                support.GetValueOrDefault(s.Entry),
                matcher.EntryTargets[s.Entry] is [var first, ..] && index.Targets[first].CannotGive(query.Asks) ? 1f : 0f));
        }

        return new FusedCandidates(gathered, lexicalFirst.Entry, lexicalFirst.Value);

        void Keep(int entry, TargetKind kind, float similarity)
        {
            var (q, t) = candidates.GetValueOrDefault(entry);
            candidates[entry] = kind == TargetKind.Question ? (MathF.Max(q, similarity), t) : (q, MathF.Max(t, similarity));
        }
    }

    /// <summary>The candidates ranked by one score model and calibration shift, best first.</summary>
    public static List<ScoredEntry> Decide(FusedCandidates fused, ScoreModel model, double shift, KnowledgeIndex index)
    {
        if (fused.Candidates.Count == 0)
        {
            return [];
        }

        var ranked = new List<(double Logit, ScoredEntry Entry)>(fused.Candidates.Count);
        foreach (var (entry, signals) in fused.Candidates)
        {
            var logit = model.Logit(signals) + shift;
            ranked.Add((logit, new ScoredEntry(index.Entries[entry], (int)Math.Floor(ScoreModel.Confidence(logit))) { Parts = model.Parts(signals, shift) }));
        }

        ranked.Sort(static (a, b) => a.Logit != b.Logit ? b.Logit.CompareTo(a.Logit) : string.CompareOrdinal(a.Entry.Entry.Id, b.Entry.Entry.Id));

        // When the fused model ranks first the entry the lexical matcher ranks first too, the two sides agree on what
        // was asked, so fusion never declines what the lexical matcher, calibrated on its own, would answer: without
        // this the meaning side's doubts talked the dev set's short fact questions ("When was the decision
        // confirmed?") out of answers they had.
        var top = ranked[0].Entry;
        if (ReferenceEquals(index.Entries[fused.LexicalFirst], top.Entry) && fused.LexicalFirstScore * 100f > top.Confidence)
        {
            var kept = fused.LexicalFirstScore * 100f;
            ranked[0] = (ranked[0].Logit, top with { Confidence = (int)Math.Floor(kept), Parts = [.. top.Parts, new ScorePart(AgreedLexicalPart, kept, 0)] });
        }

        return [.. ranked.Select(r => r.Entry)];
    }

    /// <summary>
    /// Each entry's share of the nearest rows, each row weighted by exp((cosine − best cosine) / τ): an entry with
    /// many phrasings near the question (an FAQ bank's) gathers support that one close phrasing of another does not.
    /// </summary>
    private static Dictionary<int, float> Support((int Row, float Similarity)[] nearest, Semantic.SemanticIndex semantic, KnowledgeIndex index, Exclusion exclude)
    {
        var share = new Dictionary<int, float>();
        if (nearest.Length == 0)
        {
            return share;
        }

        // The shares do not depend on which cosine the weights are taken relative to; the nearest keeps exp in range.
        var top = nearest[0].Similarity;
        var total = 0f;
        var seen = new HashSet<int>();
        foreach (var (row, similarity) in nearest)
        {
            var w = MathF.Exp((similarity - top) / SupportTemperature);
            seen.Clear();
            foreach (var t in semantic.TargetsOfRow[row])
            {
                var e = index.Targets[t].Entry;
                if (!exclude.Excludes(t, e) && seen.Add(e))
                {
                    share[e] = share.GetValueOrDefault(e) + w;
                }
            }

            // A row whose every target is left out (the self-calibration's held-out phrasing) is no neighbour at all.
            total += seen.Count > 0 ? w : 0f;
        }

        foreach (var e in share.Keys.ToList())
        {
            share[e] /= total;
        }

        return share;
    }

    /// <summary>One number for the meaning side's ranking: a phrasing and an answer sentence count alike.</summary>
    private static float Dense(float question, float text) => MathF.Max(question, text);

    private static ((int Entry, float Value) First, (int Entry, float Value) Second) TopTwo(
        List<(int Entry, float Lexical, float Question, float Text)> scored,
        Func<(int Entry, float Lexical, float Question, float Text), float> value)
    {
        (int Entry, float Value) first = (-1, 0f), second = (-1, 0f);
        foreach (var s in scored)
        {
            var v = value(s);
            if (first.Entry < 0 || v > first.Value)
            {
                second = first;
                first = (s.Entry, v);
            }
            else if (second.Entry < 0 || v > second.Value)
            {
                second = (s.Entry, v);
            }
        }

        return (first, second);
    }

    /// <summary>The lexical score of an entry the inverted index did not hand over (found by meaning alone).</summary>
    private static float LexicalOf(Query query, int entry, Exclusion exclude, Matcher matcher)
    {
        if (query.Terms.Length == 0)
        {
            return 0f;
        }

        var best = 0f;
        foreach (var t in matcher.EntryTargets[entry])
        {
            if (exclude.Excludes(t, entry))
            {
                continue;
            }

            var target = matcher.Index.Targets[t];
            var lexical = Confidence.Lexical(query, target, matcher.Index.Terms);
            // The fuzzy part only for a phrasing that could still beat the best so far, as LexicalScores does.
            best = MathF.Max(best, lexical.Score + lexical.FuzzyRoom > best ? Confidence.WithFuzzy(query, target, lexical) : lexical.Score);
        }

        return best;
    }
}
