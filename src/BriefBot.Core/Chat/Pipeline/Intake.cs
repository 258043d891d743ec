namespace BriefBot.Core.Chat.Pipeline;

/// <summary>Whether a <see cref="ReplyPipeline{TJob}"/> took a job. Only <see cref="Taken"/> may be acknowledged to the platform.</summary>
public enum Intake
{
    Taken,

    /// <summary>The pipeline holds its capacity already: refuse the event so the platform delivers it again.</summary>
    Full,

    /// <summary>The bot is stopping: refuse the event so the platform delivers it to another replica.</summary>
    Stopping,
}
