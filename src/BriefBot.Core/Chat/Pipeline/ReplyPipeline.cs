using System.Threading.Channels;
using BriefBot.Core.Operations;
using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Chat.Pipeline;

/// <summary>
/// The work between an adapter's ack and its reply, shared by every platform. Bounded: it holds at most
/// <see cref="ReplyPipelineSettings{TJob}.Capacity"/> jobs, queued and running, and when full it refuses
/// (<see cref="TryEnqueue"/>, so the adapter refuses the event and the platform delivers it again) or makes the
/// caller wait for room (<see cref="EnqueueAsync"/>, for a platform that cannot be refused); it never takes a job
/// and drops it. Several consumers run jobs of different lanes at once, while the jobs of one lane (a channel) run
/// in order, one at a time: a rate-limit wait holds its own lane and nothing else.
/// </summary>
/// <remarks>
/// Stopping is <see cref="DrainAsync"/>: no new jobs, those taken are finished (the follow-ups they return
/// included), and only when its token fires is the rest abandoned, through <see cref="Abandoned"/>.
/// </remarks>
public sealed class ReplyPipeline<TJob> : IDisposable
    where TJob : IReplyJob
{
    private readonly ReplyPipelineSettings<TJob> settings;
    private readonly IReplyRunner<TJob> runner;
    private readonly BriefBotMetrics metrics;
    private readonly ILogger logger;
    private readonly Lock gate = new();
    private readonly Dictionary<string, Queue<Entry>> lanes = new(StringComparer.Ordinal);

    // Lanes with work and no consumer on them: each lane is here at most once, or held by one consumer.
    private readonly Channel<string> ready = Channel.CreateUnbounded<string>();
    private readonly SemaphoreSlim room;
    private readonly CancellationTokenSource closing = new();
    private readonly CancellationTokenSource abandoned = new();
    private Task consumers = Task.CompletedTask;
    private int held;
    private int running;
    private bool closed;

    public ReplyPipeline(ReplyPipelineSettings<TJob> settings, IReplyRunner<TJob> runner, BriefBotMetrics metrics, ILogger<ReplyPipeline<TJob>> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Consumers, 1);
        this.settings = settings;
        this.runner = runner;
        this.metrics = metrics;
        this.logger = logger;
        room = new SemaphoreSlim(settings.Capacity, settings.Capacity);
    }

    /// <summary>Cancels the jobs' work once shutdown cannot wait for them any longer.</summary>
    public CancellationToken Abandoned => abandoned.Token;

    /// <summary>Jobs taken and not finished, running ones included.</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return held;
            }
        }
    }

    /// <summary>True once stopping began: no new job is taken.</summary>
    public bool IsClosed
    {
        get
        {
            lock (gate)
            {
                return closed;
            }
        }
    }

    public void Start()
    {
        consumers = Task.WhenAll(Enumerable.Range(0, settings.Consumers).Select(_ => Task.Run(ConsumeAsync)));
    }

    /// <summary>Takes the job if there is room and the pipeline is not stopping; never waits.</summary>
    public Intake TryEnqueue(TJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return room.Wait(0) ? Add(job, counted: true) : Refuse(job, IsClosed ? Intake.Stopping : Intake.Full);
    }

    /// <summary>Takes the job, waiting for room while the pipeline is full; refuses it only when stopping.</summary>
    public async Task<Intake> EnqueueAsync(TJob job, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, closing.Token);
        try
        {
            await room.WaitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (closing.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Refuse(job, Intake.Stopping);
        }

        return Add(job, counted: true);
    }

    /// <summary>
    /// Takes a job that continues work already acknowledged (a deferred interaction's follow-up): outside the
    /// capacity, and still while the pipeline drains. False only once the shutdown timeout abandoned the work.
    /// </summary>
    public bool TryContinue(TJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Add(job, counted: false) == Intake.Taken;
    }

    /// <summary>Takes no new jobs, finishes those taken, and abandons what is left when <paramref name="cancellationToken"/> fires.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken = default)
    {
        int left;
        lock (gate)
        {
            closed = true;
            left = held;
            CompleteIfDone();
        }

        await closing.CancelAsync().ConfigureAwait(false);
        if (left > 0)
        {
            Log.Finishing(logger, left, settings.Platform);
        }

        try
        {
            await consumers.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var busy = Volatile.Read(ref running);
            Log.Abandoned(logger, busy, Count - busy, settings.Platform);
            await abandoned.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        room.Dispose();
        closing.Dispose();
        abandoned.Dispose();
    }

    private Intake Add(TJob job, bool counted)
    {
        lock (gate)
        {
            if ((closed && counted) || abandoned.IsCancellationRequested)
            {
                if (counted)
                {
                    room.Release();
                }

                return Refuse(job, Intake.Stopping);
            }

            held++;
            if (lanes.TryGetValue(job.Lane, out var lane))
            {
                lane.Enqueue(new Entry(job, counted));
            }
            else
            {
                lanes[job.Lane] = new Queue<Entry>([new Entry(job, counted)]);
                ready.Writer.TryWrite(job.Lane);
            }
        }

        metrics.ReplyJobsHeld(settings.Platform, 1);
        return Intake.Taken;
    }

    private Intake Refuse(TJob job, Intake reason)
    {
        metrics.ReplyJobRefused(settings.Platform, reason == Intake.Full ? "full" : "stopping");
        Log.Refused(logger, settings.Platform, job.GetType().Name, job.Lane, reason);
        return reason;
    }

    private async Task ConsumeAsync()
    {
        try
        {
            await foreach (var lane in ready.Reader.ReadAllAsync(abandoned.Token).ConfigureAwait(false))
            {
                Entry entry;
                lock (gate)
                {
                    entry = lanes[lane].Peek();
                }

                var next = await RunAsync(entry.Job).ConfigureAwait(false);
                if (next is not null)
                {
                    TryContinue(next);
                }

                lock (gate)
                {
                    var queue = lanes[lane];
                    queue.Dequeue();
                    held--;
                    if (queue.Count == 0)
                    {
                        lanes.Remove(lane);
                    }
                    else
                    {
                        // Back at the end of the line, so one busy channel cannot keep a consumer to itself.
                        ready.Writer.TryWrite(lane);
                    }

                    CompleteIfDone();
                }

                metrics.ReplyJobsHeld(settings.Platform, -1);
                if (entry.Counted)
                {
                    room.Release();
                }
            }
        }
        catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
        {
            // Abandoned while waiting for work: DrainAsync has said how much was left.
        }
    }

    /// <summary>The one error sink of the consumers: a job that throws is logged, and the consumer goes on.</summary>
    private async Task<TJob?> RunAsync(TJob job)
    {
        Interlocked.Increment(ref running);
        try
        {
            return await runner.RunAsync(job, abandoned.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (abandoned.IsCancellationRequested)
        {
            Log.Interrupted(logger, settings.Platform, job.GetType().Name);
        }
        catch (Exception e)
        {
            Log.JobFailed(logger, settings.Platform, job.GetType().Name, e);
        }
        finally
        {
            Interlocked.Decrement(ref running);
        }

        return default;
    }

    /// <summary>Under the gate: once stopping began and nothing is held, the consumers end.</summary>
    private void CompleteIfDone()
    {
        if (closed && held == 0)
        {
            ready.Writer.TryComplete();
        }
    }

    private readonly record struct Entry(TJob Job, bool Counted);
}
