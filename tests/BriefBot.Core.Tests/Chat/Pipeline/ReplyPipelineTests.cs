using System.Collections.Concurrent;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Core.Operations;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefBot.Core.Tests.Chat.Pipeline;

/// <summary>The shared reply pipeline through its public surface, with a runner whose jobs finish when the test says.</summary>
public sealed class ReplyPipelineTests : IDisposable
{
    private readonly GatedRunner runner = new();
    private readonly BriefBotMetrics metrics = new();
    private ReplyPipeline<Job>? pipeline;

    public void Dispose()
    {
        runner.OpenAll();
        pipeline?.Dispose();
        metrics.Dispose();
    }

    [Fact]
    public async Task When_full_it_refuses_rather_than_takes_and_drops()
    {
        var replies = Start(capacity: 2);
        Assert.Equal(Intake.Taken, replies.TryEnqueue(new Job("a", "1")));
        Assert.Equal(Intake.Taken, replies.TryEnqueue(new Job("b", "2")));
        Assert.Equal(Intake.Full, replies.TryEnqueue(new Job("c", "3")));

        runner.Open("1");
        await runner.Finished("1");
        await Eventually.WaitUntilAsync(() => replies.Count == 1);
        Assert.Equal(Intake.Taken, replies.TryEnqueue(new Job("c", "4")));
        runner.OpenAll();
        await runner.Finished("4");
        Assert.DoesNotContain("3", runner.Started);
    }

    [Fact]
    public async Task A_job_waiting_in_one_lane_holds_neither_other_lanes_nor_its_successors_order()
    {
        var replies = Start();
        replies.TryEnqueue(new Job("slow", "1"));
        replies.TryEnqueue(new Job("slow", "2"));
        replies.TryEnqueue(new Job("other", "3"));

        runner.Open("3");
        await runner.Finished("3");
        Assert.DoesNotContain("2", runner.Started);

        runner.OpenAll();
        await runner.Finished("2");
        Assert.True(runner.Started.ToList().IndexOf("1") < runner.Started.ToList().IndexOf("2"));
    }

    [Fact]
    public async Task Draining_refuses_new_work_but_finishes_taken_work_and_its_follow_ups()
    {
        var replies = Start();
        runner.FollowUps["1"] = new Job("follow", "1b");
        replies.TryEnqueue(new Job("a", "1"));
        await runner.Running("1");

        var draining = replies.DrainAsync();
        Assert.Equal(Intake.Stopping, replies.TryEnqueue(new Job("a", "2")));
        runner.OpenAll();
        await draining;

        Assert.Equal(["1", "1b"], runner.Started.ToList());
        Assert.True(runner.Finished("1b").IsCompleted);
    }

    [Fact]
    public async Task Waiting_for_room_takes_the_job_once_there_is_some()
    {
        var replies = Start(capacity: 1);
        replies.TryEnqueue(new Job("a", "1"));
        var waiting = replies.EnqueueAsync(new Job("b", "2"));
        await runner.Running("1");
        Assert.False(waiting.IsCompleted);

        runner.OpenAll();
        Assert.Equal(Intake.Taken, await waiting);
        await runner.Finished("2");
    }

    [Fact]
    public async Task When_the_shutdown_timeout_fires_the_work_left_is_abandoned()
    {
        var replies = Start();
        replies.TryEnqueue(new Job("a", "1"));
        await runner.Running("1");

        using var timeout = new CancellationTokenSource();
        await timeout.CancelAsync();
        await replies.DrainAsync(timeout.Token);

        Assert.True(replies.Abandoned.IsCancellationRequested);
        Assert.False(replies.TryContinue(new Job("a", "2")));
    }

    private ReplyPipeline<Job> Start(int capacity = 100)
    {
        pipeline = new ReplyPipeline<Job>(new ReplyPipelineSettings<Job>("test", capacity, 4), runner, metrics, NullLogger<ReplyPipeline<Job>>.Instance);
        pipeline.Start();
        return pipeline;
    }

    public sealed record Job(string Lane, string Id) : IReplyJob;

    /// <summary>Each job runs until the test opens its gate (or the pipeline abandons it); a job may name its follow-up.</summary>
    private sealed class GatedRunner : IReplyRunner<Job>
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource> gates = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource> running = new();
        private readonly ConcurrentDictionary<string, TaskCompletionSource> finished = new();
        private volatile bool allOpen;

        public ConcurrentQueue<string> Started { get; } = new();

        public ConcurrentDictionary<string, Job> FollowUps { get; } = new();

        public async Task<Job?> RunAsync(Job job, CancellationToken cancellationToken)
        {
            Started.Enqueue(job.Id);
            Signal(running, job.Id);
            if (!allOpen)
            {
                await Gate(job.Id).Task.WaitAsync(cancellationToken);
            }

            Signal(finished, job.Id);
            return FollowUps.GetValueOrDefault(job.Id);
        }

        public void Open(string id) => Gate(id).TrySetResult();

        public void OpenAll()
        {
            allOpen = true;
            foreach (var gate in gates.Values)
            {
                gate.TrySetResult();
            }
        }

        public Task Running(string id) => Of(running, id).Task.WaitAsync(TimeSpan.FromSeconds(10));

        public Task Finished(string id) => Of(finished, id).Task.WaitAsync(TimeSpan.FromSeconds(10));

        private TaskCompletionSource Gate(string id) => Of(gates, id);

        private static void Signal(ConcurrentDictionary<string, TaskCompletionSource> signals, string id) => Of(signals, id).TrySetResult();

        private static TaskCompletionSource Of(ConcurrentDictionary<string, TaskCompletionSource> signals, string id) =>
            signals.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}
