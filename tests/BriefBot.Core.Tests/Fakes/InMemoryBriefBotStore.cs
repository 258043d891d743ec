using System.Security.Cryptography;
using BriefBot.Core.Chat;
using BriefBot.Core.Storage;

namespace BriefBot.Core.Tests.Fakes;

/// <summary>An in-memory store with the contract's semantics (claims are atomic), for scheduler and report tests.</summary>
internal sealed class InMemoryBriefBotStore : IBriefBotStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string, DateTimeOffset), DigestRun> runs = [];
    private readonly Dictionary<(string, string), IReadOnlyList<PostedFact>> posted = [];
    private readonly Dictionary<string, byte[]> secrets = [];
    private readonly MemoryEventClaims events = new();

    public List<AskedQuestion> Questions { get; } = [];

    public Task<bool> TryClaimEventAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken) =>
        events.TryClaimEventAsync(platform, eventId, now, cancellationToken);

    public List<(Feedback Feedback, DateTimeOffset At)> Feedback { get; } = [];

    /// <summary>When set, every claim throws, as a locked database would.</summary>
    public Exception? ClaimFailure { get; set; }

    /// <summary>When set, recording a posted run throws, as a database that went away mid-run would.</summary>
    public Exception? MarkPostedFailure { get; set; }

    /// <summary>How many of the next reads of a digest's latest run throw, as an unreadable database would.</summary>
    public int LatestRunFailures { get; set; }

    public IReadOnlyList<DigestRun> Runs
    {
        get
        {
            lock (gate)
            {
                return [.. runs.Values.OrderBy(r => r.DueAt)];
            }
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<byte[]> GetOrCreateSecretAsync(string name, int length, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(secrets.TryGetValue(name, out var s) ? s : secrets[name] = RandomNumberGenerator.GetBytes(length));
        }
    }

    public Task<DigestRun?> GetLatestRunAsync(string digest, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (LatestRunFailures > 0)
            {
                LatestRunFailures--;
                return Task.FromException<DigestRun?>(new IOException("unable to open database file"));
            }

            return Task.FromResult(runs.Values.Where(r => r.Digest == digest).OrderByDescending(r => r.DueAt).FirstOrDefault());
        }
    }

    public Task<IReadOnlyList<DigestRun>> GetRecentRunsAsync(string digest, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<DigestRun>>([.. runs.Values.Where(r => r.Digest == digest).OrderByDescending(r => r.DueAt).Take(limit)]);
        }
    }

    public Task<bool> TryClaimRunAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ClaimFailure is { } failure)
        {
            throw failure;
        }

        lock (gate)
        {
            var key = (digest, dueAt.ToUniversalTime());
            if (runs.TryGetValue(key, out var run) && run.State != DigestRunState.Failed)
            {
                return Task.FromResult(false);
            }

            runs[key] = new DigestRun(digest, key.Item2, DigestRunState.Claimed, now, null);
            return Task.FromResult(true);
        }
    }

    public Task MarkRunPostedAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        MarkPostedFailure is { } failure ? Task.FromException(failure) : Set(digest, dueAt, DigestRunState.Posted, now, null);

    public Task MarkRunSkippedAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, string reason, CancellationToken cancellationToken) =>
        Set(digest, dueAt, DigestRunState.Skipped, now, reason);

    public Task ReleaseRunAsync(string digest, DateTimeOffset dueAt, DateTimeOffset now, string error, CancellationToken cancellationToken) =>
        Set(digest, dueAt, DigestRunState.Failed, now, error);

    public Task<IReadOnlyList<PostedFact>?> GetPostedFactsAsync(string platform, string channel, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(posted.GetValueOrDefault((platform, channel)));
        }
    }

    public Task SavePostedFactsAsync(string platform, string channel, DateTimeOffset at, IReadOnlyList<PostedFact> facts, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            posted[(platform, channel)] = facts;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AskedQuestion>> GetQuestionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<AskedQuestion>>([.. Questions.Where(q => q.At >= from && q.At < to)]);
        }
    }

    public Task<IReadOnlyList<FeedbackTally>> GetFeedbackAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken) =>
        Tally(from, to, _ => true);

    public Task<IReadOnlyList<FeedbackTally>> GetFeedbackAsync(DateTimeOffset from, DateTimeOffset to, string knowledge, CancellationToken cancellationToken) =>
        Tally(from, to, f => f.Knowledge is null || f.Knowledge == knowledge);

    private Task<IReadOnlyList<FeedbackTally>> Tally(DateTimeOffset from, DateTimeOffset to, Func<Feedback, bool> counts)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<FeedbackTally>>([.. Feedback.Where(f => f.At >= from && f.At < to && counts(f.Feedback))
                .GroupBy(f => f.Feedback.EntryId)
                .Select(g => new FeedbackTally(g.Key, g.Count(f => f.Feedback.Helpful), g.Count(f => !f.Feedback.Helpful)))]);
        }
    }

    public ValueTask RecordQuestionAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Questions.Add(question);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask RecordFeedbackAsync(Feedback feedback, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            Feedback.Add((feedback, at));
        }

        return ValueTask.CompletedTask;
    }

    private Task Set(string digest, DateTimeOffset dueAt, DigestRunState state, DateTimeOffset now, string? note)
    {
        lock (gate)
        {
            var key = (digest, dueAt.ToUniversalTime());
            runs[key] = new DigestRun(digest, key.Item2, state, now, note);
        }

        return Task.CompletedTask;
    }
}
