namespace BriefBot.Core.Digests;

/// <summary>A question (or a group of near-identical ones) the bot could not answer, and how often it was asked.</summary>
public sealed record UnansweredQuestion(string Question, int Count);
