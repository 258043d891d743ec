using System.Text.Json;

namespace BriefBot.Discord.Tests.Commands;

/// <summary>The /brief command is bulk-overwritten on start, per guild when guilds are configured, else globally.</summary>
public sealed class CommandRegistrationTests
{
    [Fact]
    public async Task Registers_globally_without_guilds()
    {
        await using var host = await DiscordTestHost.StartAsync();

        var put = await host.Rest.WaitForAsync("PUT", $"applications/{DiscordTestHost.ApplicationId}/commands");
        AssertBriefCommand(put.Json, "brief");
        Assert.Empty(host.Rest.Where("PUT", $"applications/{DiscordTestHost.ApplicationId}/guilds/"));
    }

    [Fact]
    public async Task Registers_in_each_configured_guild_under_the_configured_name()
    {
        const string otherGuild = "300000000000000002";
        await using var host = await DiscordTestHost.StartAsync(s =>
        {
            s["Discord:GuildIds:0"] = DiscordTestHost.GuildId;
            s["Discord:GuildIds:1"] = otherGuild;
            s["Discord:Command"] = "ask";
        });

        await host.Rest.WaitForAsync("PUT", $"applications/{DiscordTestHost.ApplicationId}/guilds/", count: 2);
        var puts = host.Rest.Where("PUT", "applications/");
        Assert.Equal(
            [$"applications/{DiscordTestHost.ApplicationId}/guilds/{DiscordTestHost.GuildId}/commands", $"applications/{DiscordTestHost.ApplicationId}/guilds/{otherGuild}/commands"],
            puts.Select(p => p.Path).Order());
        Assert.All(puts, p => AssertBriefCommand(p.Json, "ask"));
        Assert.Equal("Bot " + DiscordTestHost.Token, puts[0].Headers["Authorization"]);
    }

    [Fact]
    public async Task A_refused_registration_logs_the_fields_discord_refused()
    {
        const string refusal = """{"code":50035,"message":"Invalid Form Body","errors":{"0":{"name":{"_errors":[{"code":"APPLICATION_COMMAND_INVALID_NAME","message":"Command name is invalid"}]}}}}""";
        await using var host = await DiscordTestHost.StartAsync(script: rest => rest.Enqueue("PUT", "applications/", new Fakes.FakeResponse(400, refusal)));

        await host.Rest.WaitForAsync("PUT", "applications/");
        await Fakes.Wait.UntilAsync(
            () => host.Logged(Microsoft.Extensions.Logging.LogLevel.Warning, "50035 Invalid Form Body: 0.name: Command name is invalid (APPLICATION_COMMAND_INVALID_NAME)"),
            "the refusal with its field error");
    }

    private static void AssertBriefCommand(JsonElement body, string name)
    {
        var command = Assert.Single(body.EnumerateArray());
        Assert.Equal(name, command.GetProperty("name").GetString());
        Assert.Equal(1, command.GetProperty("type").GetInt32());
        Assert.InRange(command.GetProperty("description").GetString()!.Length, 1, 100);
        var option = Assert.Single(command.GetProperty("options").EnumerateArray());
        Assert.Equal(3, option.GetProperty("type").GetInt32());
        Assert.Equal("question", option.GetProperty("name").GetString());
        Assert.True(option.GetProperty("required").GetBoolean());
        Assert.True(option.GetProperty("autocomplete").GetBoolean());
        Assert.InRange(option.GetProperty("description").GetString()!.Length, 1, 100);
    }
}
