using BriefBot.Cli;
using BriefBot.Core.Chat;
using BriefBot.Core.Storage;
using BriefBot.Hosting;
using BriefBot.Storage.Postgres;
using BriefBot.Storage.Sqlite;
using BriefBot.Tests.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Tests.Hosting;

public sealed class StoreSelectionTests
{
    [Theory]
    [InlineData(null, typeof(SqliteBriefBotStore))]
    [InlineData("Sqlite", typeof(SqliteBriefBotStore))]
    [InlineData("Postgres", typeof(PostgresBriefBotStore))]
    public void Storage_provider_picks_the_store_that_also_logs_questions_and_claims_events(string? provider, Type expected)
    {
        using var database = new TempDatabase();
        string[] args = provider is null
            ? [database.Setting]
            : [database.Setting, "--Storage:Provider=" + provider, "--Storage:ConnectionString=Host=127.0.0.1;Database=briefbot;Username=briefbot"];
        using var host = BriefBotHost.CreateBuilder(args, new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, true), quiet: true)
            .AddRunningBot().Build();

        var store = host.Services.GetRequiredService<IBriefBotStore>();

        Assert.IsType(expected, store);
        Assert.Same(store, host.Services.GetRequiredService<IQuestionLog>());
        Assert.Same(store, host.Services.GetRequiredService<IEventClaims>());
    }

    [Fact]
    public async Task An_unreachable_postgres_server_stops_the_bot_with_one_line_and_no_password()
    {
        var port = RunningBot.FreePort();

        var (exit, _, error) = await CliRun.RunAsync(
            "run", "--Storage:Provider=Postgres", $"--Storage:ConnectionString=Host=127.0.0.1;Port={port};Database=briefbot;Username=bot;Password=hunter2-secret", "--Console:Enabled=false");

        Assert.Equal(1, exit);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{port}/briefbot", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", line, StringComparison.Ordinal);
    }
}
