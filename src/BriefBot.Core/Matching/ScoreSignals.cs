namespace BriefBot.Core.Matching;

/// <summary>
/// What the matcher knows about one candidate entry for one question, each a number the score model weighs:
/// <list type="bullet">
/// <item><see cref="Lexical"/>: the lexical matcher's score (0–1): coverage both ways, the fuzzy ratio against
/// phrasings, the kind of answer asked and unknown names, as README's "How matching works" describes.</item>
/// <item><see cref="QuestionSimilarity"/> / <see cref="TextSimilarity"/>: the best cosine of the question's embedding
/// with one of the entry's phrasings, less <see cref="ScoreModel.PhrasingOffset"/> (a question is closer to a question
/// than to the sentence answering it), and with its answer or fact text or one of the fact's clauses
/// (<see cref="Semantic.Clauses"/>).</item>
/// <item><see cref="DenseMargin"/> / <see cref="LexicalMargin"/>: how far the entry is ahead of the best other entry
/// on each side (negative when behind).</item>
/// <item><see cref="Agreement"/>: 1 when the entry is first on both sides.</item>
/// <item><see cref="Support"/>: the entry's share (0–1) of the nearest rows by meaning, each weighted by how close it
/// is to the nearest: high when many of the entry's phrasings surround the question.</item>
/// <item><see cref="WrongKind"/>: 1 when the question asks for a kind of answer (a time, a number, a name) that the
/// entry's answer does not hold (<see cref="AnswerType"/>), else 0.</item>
/// </list>
/// </summary>
public readonly record struct ScoreSignals(
    float Lexical,
    float QuestionSimilarity,
    float TextSimilarity,
    float DenseMargin,
    float LexicalMargin,
    float Agreement,
    float Support,
    float WrongKind);
