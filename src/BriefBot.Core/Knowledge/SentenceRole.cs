namespace BriefBot.Core.Knowledge;

/// <summary>The part a sentence plays in its briefing.</summary>
public enum SentenceRole
{
    Title,
    Lead,
    Bullet,
    Body,
    FaqQuestion,
    FaqAnswer,
}
