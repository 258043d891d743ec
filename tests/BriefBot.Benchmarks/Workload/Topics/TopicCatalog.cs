namespace BriefBot.Benchmarks.Workload.Topics;

internal static class TopicCatalog
{
    public static IReadOnlyList<Topic> All { get; } =
    [
        ProductLaunch.Topic,
        PolicyUpdate.Topic,
        IncidentRunbook.Topic,
        NewsBriefing.Topic,
        HrNotice.Topic,
        SecurityAdvisory.Topic,
    ];
}
