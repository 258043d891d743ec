namespace BriefBot.Benchmarks.Workload.Topics;

/// <summary>Sentences any kind of briefing may carry: the everyday vocabulary documents share.</summary>
internal static class CommonSentences
{
    public static readonly string[] Body =
    [
        "The {team} team will {verb} the {adj} {noun} before {Date2}.",
        "Staff should {verb} their {nouns} by the end of {Month}.",
        "A {adj} {noun} is available on the {Org} portal.",
        "Questions about the {noun} go to {Person2} in the {Team} team.",
        "The {adj} {noun} remains in place until {Date2}.",
        "About {Num3} {nouns} were affected in {Place2} last quarter.",
        "The next {noun} review takes place on {Weekday} at {Time}.",
        "{Person2} will {verb} the {noun} and {verb} the {noun} during the first week.",
        "The {team} team has asked managers to {verb} any {adj} {nouns} by {Weekday}.",
        "Teams in {Place2} will follow the same {noun} a month later.",
        "The budget for this work is {Money}, most of it for the {noun}.",
        "Managers must {verb} the {noun} with their teams within {Num} days.",
        "A {adj} {noun} will be shared after the {noun} meeting on {Weekday}.",
        "The {noun} and the {noun} are handled by separate teams at {Org}.",
        "Last year the {team} team had to {verb} more than {Count} {nouns}.",
    ];

    /// <summary>Sentences that define an acronym; <c>{Acronym}</c> is "Long Form (LF)".</summary>
    public static readonly string[] AcronymDefinitions =
    [
        "All requests are reviewed by the {Acronym}, which meets every {Weekday}.",
        "The {Acronym} publishes a {adj} {noun} every month.",
        "Progress is tracked by the {Acronym} from the {Place} office.",
        "Decisions on the {noun} now rest with the {Acronym}.",
    ];

    public const string FaqHeading = "Frequently Asked Questions";
}
