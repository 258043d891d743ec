using BriefBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Tests.Gateway;

/// <summary>Two processes, one per shard, against the same Discord.</summary>
public sealed class ShardTests
{
    [Fact]
    public async Task Each_process_identifies_with_its_shard_and_only_shard_0_registers_the_command()
    {
        await using var discord = await FakeDiscord.StartAsync(TimeProvider.System);
        await using var shard0 = await DiscordTestHost.StartAsync(s => (s["Discord:ShardId"], s["Discord:ShardCount"]) = ("0", "2"), sharedDiscord: discord);
        await using var shard1 = await DiscordTestHost.StartAsync(s => (s["Discord:ShardId"], s["Discord:ShardCount"]) = ("1", "2"), sharedDiscord: discord);

        var shards = new List<int[]>();
        for (var i = 0; i < 2; i++)
        {
            var connection = await discord.Gateway.NextConnectionAsync();
            await connection.SendHelloAsync();
            var identify = (await connection.ExpectAsync(2)).GetProperty("d");
            shards.Add([.. identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32())]);
        }

        Assert.Equal([[0, 2], [1, 2]], shards.OrderBy(s => s[0]));
        await Wait.UntilAsync(() => shard1.Logged(LogLevel.Information, "Shard 1 leaves registering /brief to shard 0"), "shard 1 to skip registration");
        await Wait.UntilAsync(() => shard0.Logged(LogLevel.Information, "Registered /brief"), "shard 0 to register");
        Assert.Single(discord.Rest.Where("PUT", "applications/"));
    }
}
