namespace BriefBot.Core.Matching;

/// <summary>
/// One content term of a question. <see cref="Id"/> is -1 for a word the knowledge never uses. <see cref="Quality"/>
/// is below 1 when the word had to be corrected for a typo. <see cref="Forms"/> lists the term ids that count as
/// this term and how much: itself at 1, related forms ("russian" for "russia") lower. <see cref="Specificity"/> is
/// how specific the word is in general English, from 1 (rare: "himars", "pillow") down to 0.3 (everyday: "check").
/// <see cref="UnknownName"/> marks a capitalised word the knowledge has never seen, not even misspelt.
/// </summary>
internal sealed record QueryTerm(int Id, string Stem, float Weight, float Quality, (int Id, float Similarity)[] Forms, float Specificity = 1f, bool UnknownName = false);
