using System.Diagnostics.Metrics;

namespace BriefBot.Core.Operations;

/// <summary>
/// BriefBot's instruments, on the meter named <see cref="MeterName"/>. Tags are low-cardinality by design: a
/// platform, an outcome, an error kind; never a channel, a user or question text, which would leak and explode the
/// series count. OpenTelemetry exports them at <c>/metrics</c>; any <see cref="MeterListener"/> can read them.
/// </summary>
public sealed class BriefBotMetrics : IDisposable
{
    public const string MeterName = "BriefBot";

    private readonly Meter meter;
    private readonly Counter<long> questions;
    private readonly Histogram<int> confidence;
    private readonly Histogram<double> replyDuration;
    private readonly Counter<long> platformErrors;
    private readonly Counter<long> rateLimitWaits;
    private readonly Histogram<double> rateLimitWaitDuration;
    private readonly Counter<long> reloads;
    private readonly Counter<long> digests;
    private readonly Counter<long> duplicateEvents;
    private readonly UpDownCounter<long> replyJobsHeld;
    private readonly Counter<long> replyJobsRefused;

    public BriefBotMetrics(IMeterFactory? meterFactory = null)
    {
        meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        questions = meter.CreateCounter<long>("briefbot.questions", "{question}", "Questions answered or declined, by platform and outcome (answered, declined).");
        confidence = meter.CreateHistogram<int>(
            "briefbot.answer.confidence",
            null,
            "Confidence (0-100) of the best match for each question, answered or not.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100] });
        replyDuration = meter.CreateHistogram<double>(
            "briefbot.reply.duration",
            "s",
            "From a question's arrival to the platform accepting the reply.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        platformErrors = meter.CreateCounter<long>("briefbot.platform.errors", "{error}", "Calls to a chat platform that failed, by platform and kind.");
        rateLimitWaits = meter.CreateCounter<long>("briefbot.rate_limit.waits", "{wait}", "Times a call waited for a platform's rate limit.");
        rateLimitWaitDuration = meter.CreateHistogram<double>("briefbot.rate_limit.wait.duration", "s", "How long each rate-limit wait lasted.");
        reloads = meter.CreateCounter<long>("briefbot.knowledge.reloads", "{reload}", "Knowledge loads and reloads, by result (loaded, unchanged, problems, failed).");
        digests = meter.CreateCounter<long>("briefbot.digests", "{digest}", "Scheduled digests, by result (posted, failed, skipped).");
        duplicateEvents = meter.CreateCounter<long>("briefbot.events.duplicates", "{event}", "Platform events dropped because they were already handled.");
        replyJobsHeld = meter.CreateUpDownCounter<long>("briefbot.replies.pending", "{job}", "Jobs in a reply pipeline, queued or running, by platform.");
        replyJobsRefused = meter.CreateCounter<long>("briefbot.replies.refused", "{job}", "Events a reply pipeline refused (so the platform delivers them again), by platform and reason (full, stopping).");
    }

    public void QuestionAnswered(string platform, bool answered, int confidenceScore)
    {
        questions.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("outcome", answered ? "answered" : "declined"));
        confidence.Record(confidenceScore, new KeyValuePair<string, object?>("platform", platform));
    }

    /// <summary>A reply reached the platform <paramref name="elapsed"/> after its question arrived.</summary>
    public void ReplySent(string platform, TimeSpan elapsed) =>
        replyDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>A platform call failed. <paramref name="kind"/> is a short fixed word: "http_5xx", "api_error", "timeout", "gateway"...</summary>
    public void PlatformError(string platform, string kind) =>
        platformErrors.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("kind", kind));

    public void RateLimitWait(string platform, TimeSpan wait)
    {
        rateLimitWaits.Add(1, new KeyValuePair<string, object?>("platform", platform));
        rateLimitWaitDuration.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("platform", platform));
    }

    /// <summary><paramref name="result"/>: "loaded" (new knowledge served), "unchanged", "problems" (served, some files bad) or "failed" (kept the old).</summary>
    public void KnowledgeLoaded(string result) => reloads.Add(1, new KeyValuePair<string, object?>("result", result));

    /// <summary><paramref name="result"/>: "posted", "failed" or "skipped".</summary>
    public void Digest(string result) => digests.Add(1, new KeyValuePair<string, object?>("result", result));

    public void DuplicateEvent(string platform) => duplicateEvents.Add(1, new KeyValuePair<string, object?>("platform", platform));

    /// <summary>A reply pipeline took (+1) or finished (-1) a job.</summary>
    public void ReplyJobsHeld(string platform, int change) =>
        replyJobsHeld.Add(change, new KeyValuePair<string, object?>("platform", platform));

    /// <summary><paramref name="reason"/>: "full" or "stopping".</summary>
    public void ReplyJobRefused(string platform, string reason) =>
        replyJobsRefused.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("reason", reason));

    public void Dispose() => meter.Dispose();
}
