namespace BriefBot.Core.Matching;

/// <summary>One signal of a candidate's score: its name, its value, and what it added to the score.</summary>
public sealed record ScorePart(string Name, double Value, double Contribution);
