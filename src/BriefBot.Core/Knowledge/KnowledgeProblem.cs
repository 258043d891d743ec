namespace BriefBot.Core.Knowledge;

/// <summary>Why a knowledge file, or part of it, could not be used. <see cref="Line"/> is 1-based, 0 for the whole file.</summary>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
