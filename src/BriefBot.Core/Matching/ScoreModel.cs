namespace BriefBot.Core.Matching;

/// <summary>
/// One logistic model over <see cref="ScoreSignals"/>: confidence = 100 · σ(bias + Σ weightᵢ · signalᵢ + shift),
/// where shift is the knowledge base's own calibration (<see cref="Calibration"/>). The weights are data, in one
/// place, fitted by <c>tests/BriefBot.Benchmarks -- fit</c> (logistic regression, see README "How matching works"):
/// a new signal is one new weight.
/// </summary>
public sealed record ScoreModel(
    double Bias,
    double Lexical,
    double QuestionSimilarity,
    double TextSimilarity,
    double DenseMargin,
    double LexicalMargin,
    double Agreement)
{
    /// <summary>
    /// Fitted on the development pool only (tests/eval/heldout, and HINT3's FAQ phrasings asked with themselves held
    /// out and with their entry removed); never on the dev set, heldout2, heldout3 or HINT3's test questions.
    /// </summary>
    public static ScoreModel Default { get; } = new(-6.0, 6.0, 4.0, 4.0, 4.0, 2.0, 0.5);

    public double Logit(in ScoreSignals s) =>
        Bias
        + (Lexical * s.Lexical)
        + (QuestionSimilarity * s.QuestionSimilarity)
        + (TextSimilarity * s.TextSimilarity)
        + (DenseMargin * s.DenseMargin)
        + (LexicalMargin * s.LexicalMargin)
        + (Agreement * s.Agreement);

    public static double Confidence(double logit) => 100.0 / (1.0 + Math.Exp(-logit));

    /// <summary>The parts of a score, for an author to see why: each signal's value and what it added to the logit.</summary>
    public IReadOnlyList<ScorePart> Parts(in ScoreSignals s, double shift) =>
    [
        new("lexical", s.Lexical, Lexical * s.Lexical),
        new("question similarity", s.QuestionSimilarity, QuestionSimilarity * s.QuestionSimilarity),
        new("text similarity", s.TextSimilarity, TextSimilarity * s.TextSimilarity),
        new("meaning margin", s.DenseMargin, DenseMargin * s.DenseMargin),
        new("lexical margin", s.LexicalMargin, LexicalMargin * s.LexicalMargin),
        new("rankings agree", s.Agreement, Agreement * s.Agreement),
        new("bias", 1, Bias),
        new("calibration", 1, shift),
    ];

    public double[] ToArray() => [Bias, Lexical, QuestionSimilarity, TextSimilarity, DenseMargin, LexicalMargin, Agreement];

    public static ScoreModel FromArray(IReadOnlyList<double> w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
    }

    public static double[] Features(in ScoreSignals s) => [1, s.Lexical, s.QuestionSimilarity, s.TextSimilarity, s.DenseMargin, s.LexicalMargin, s.Agreement];
}
