namespace BriefBot.Slack.Interactivity;

/// <summary>The action ids of the Helpful / Not helpful buttons; their value is the answered entry's id.</summary>
internal static class FeedbackActions
{
    public const string BlockId = "briefbot_feedback";
    public const string Helpful = "briefbot_helpful";
    public const string NotHelpful = "briefbot_not_helpful";

    /// <summary>Entry ids are short hashes; anything longer did not come from our buttons.</summary>
    public const int MaxEntryIdLength = 100;

    public static bool? IsHelpful(string? actionId) => actionId switch
    {
        Helpful => true,
        NotHelpful => false,
        _ => null,
    };
}
