using BriefBot.Core.Operations;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Operations;

public sealed class ConnectionBoardTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_expected_connection_is_starting_and_not_ready_before_its_first_report()
    {
        var board = new ConnectionBoard([new ExpectedConnection("discord.gateway")], time);

        var status = Assert.Single(board.Snapshot());

        Assert.Equal(ConnectionState.Starting, status.State);
        Assert.False(status.Ready);
    }

    [Fact]
    public void A_new_state_restarts_the_clock_and_a_repeated_one_keeps_it()
    {
        var board = new ConnectionBoard([new ExpectedConnection("slack.socket-mode")], time);
        board.Report("slack.socket-mode", ConnectionState.Connected, "connection 1");
        var connectedAt = time.GetUtcNow();

        time.Advance(TimeSpan.FromMinutes(5));
        board.Report("slack.socket-mode", ConnectionState.Connected, "connection 2");
        var again = Assert.Single(board.Snapshot());
        time.Advance(TimeSpan.FromMinutes(1));
        board.Report("slack.socket-mode", ConnectionState.Reconnecting, "closed by Slack");
        var lost = Assert.Single(board.Snapshot());

        Assert.Equal(connectedAt, again.Since);
        Assert.Equal("connection 2", again.Detail);
        Assert.True(again.Ready);
        Assert.Equal(time.GetUtcNow(), lost.Since);
        Assert.False(lost.Ready);
    }

    [Fact]
    public void Listening_counts_as_ready_and_failed_or_stopped_do_not()
    {
        var board = new ConnectionBoard([], time);
        board.Report("http", ConnectionState.Listening);
        board.Report("a", ConnectionState.Failed, "4004 authentication failed");
        board.Report("b", ConnectionState.Stopped);

        Assert.Equal(["a", "b", "http"], board.Snapshot().Select(s => s.Name));
        Assert.Equal([false, false, true], board.Snapshot().Select(s => s.Ready));
    }
}
