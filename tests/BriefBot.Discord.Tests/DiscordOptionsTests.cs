using BriefBot.Core.Chat;
using BriefBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefBot.Discord.Tests;

/// <summary>Registration and start-up validation: a disabled adapter adds nothing; a misconfigured one stops start-up naming the setting.</summary>
public sealed class DiscordOptionsTests
{
    [Fact]
    public void A_disabled_adapter_registers_nothing()
    {
        var builder = Builder(new() { ["Discord:Enabled"] = "false", ["Discord:BotToken"] = "x" });
        var before = builder.Services.Count;

        Assert.False(builder.AddBriefBotDiscord());
        Assert.Equal(before, builder.Services.Count);
    }

    [Fact]
    public void An_enabled_adapter_registers_the_chat_adapter_and_the_endpoint_only_with_a_public_key()
    {
        var without = Builder(Valid());
        var with = Builder(Valid(("Discord:PublicKey", new string('a', 64))));

        Assert.True(without.AddBriefBotDiscord());
        Assert.True(with.AddBriefBotDiscord());
        Assert.Contains(without.Services, d => d.ServiceType == typeof(IChatAdapter));
        Assert.DoesNotContain(without.Services, d => d.ServiceType == typeof(BriefBot.Web.IHttpEndpoints));
        Assert.Contains(with.Services, d => d.ServiceType == typeof(BriefBot.Web.IHttpEndpoints));
    }

    [Theory]
    [InlineData("Discord:BotToken", "", "Discord:BotToken is required")]
    [InlineData("Discord:ApplicationId", "", "Discord:ApplicationId is required")]
    [InlineData("Discord:ApplicationId", "my-app", "Discord:ApplicationId must be a Discord id")]
    [InlineData("Discord:PublicKey", "abc123", "Discord:PublicKey must be the 64 hex characters")]
    [InlineData("Discord:ShardId", "2", "Discord:ShardId (2) must be at least 0 and less than Discord:ShardCount (1)")]
    [InlineData("Discord:ShardId", "-1", "Discord:ShardId (-1) must be at least 0")]
    [InlineData("Discord:ShardCount", "0", "Discord:ShardCount must be 1 or more")]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api", "Discord:ApiBaseUrl must be an absolute http(s) URL")]
    [InlineData("Discord:GatewayUrl", "https://gateway.discord.gg", "Discord:GatewayUrl must be an absolute ws(s) URL")]
    [InlineData("Discord:GuildIds:0", "general", "Discord:GuildIds contains 'general'")]
    [InlineData("Discord:Channels:0", "#general", "Discord:Channels contains '#general'")]
    [InlineData("Discord:Command", "Brief Bot", "Discord:Command must be 1 to 32 lower-case")]
    public async Task Start_up_fails_naming_the_bad_setting(string key, string value, string message)
    {
        var builder = Builder(Valid((key, value)));
        builder.Services.AddSingleton<IAnswerer>(new FakeAnswerer());
        builder.AddBriefBotDiscord();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.True(error.Failures.Any(f => f.Contains(message, StringComparison.Ordinal)), string.Join(" | ", error.Failures));
        Assert.DoesNotContain(DiscordTestHost.Token, error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Valid(params (string Key, string Value)[] changes)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:Enabled"] = "true",
            ["Discord:BotToken"] = DiscordTestHost.Token,
            ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10/",
        };
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }
}
