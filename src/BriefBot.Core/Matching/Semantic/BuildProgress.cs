namespace BriefBot.Core.Matching.Semantic;

/// <summary>How far a <see cref="SemanticIndex"/> build is: texts done of the distinct texts, and of those the cache did not hold, how many are encoded.</summary>
public readonly record struct BuildProgress(int Done, int Total, int Encoded, int ToEncode);
