using System.Text.Json;
using BriefBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Tests;

/// <summary>
/// What an operator's log (Information and above, as shipped) may hold after a day of real use: no question, no bot
/// token, no interaction token (and so no callback or webhook URL), no public key.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string Mention = "Can Ukraine strike airfields in Belgorod with ATACMS?";
    private const string DirectMessage = "Who approved the Kursk incursion briefing?";
    private const string Command = "Does the authorization cover Crimea?";
    private const string Preview = "digest";
    private const string HttpCommand = "What changed in the Zaporizhzhia briefing?";
    private const string Typed = "what did the Pentag";

    [Fact]
    public async Task A_realistic_conversation_leaves_no_question_or_secret_in_the_information_log()
    {
        using var signer = new InteractionSigner();
        using var http = new HttpClient();
        await using var host = await DiscordTestHost.StartAsync(s => s["Discord:PublicKey"] = signer.PublicKeyHex, realCore: true);
        // A failure is where secrets tend to slip into logs: Discord refuses one callback.
        host.Rest.Enqueue("POST", "interactions/900000000000000004/", new FakeResponse(404, """{"message":"Unknown interaction","code":10062}"""));
        var connection = await host.ConnectAsync();

        await connection.DispatchAsync("MESSAGE_CREATE", 2, DiscordEvents.Mention("600000000000000001", Mention));
        await connection.DispatchAsync("MESSAGE_CREATE", 3, DiscordEvents.Message("600000000000000002", DirectMessage, guildId: null, channelId: "400000000000000099"));
        await connection.DispatchAsync("INTERACTION_CREATE", 4, DiscordEvents.Autocomplete("900000000000000001", "interaction-token-autocomplete", Typed));
        await connection.DispatchAsync("INTERACTION_CREATE", 5, DiscordEvents.Command("900000000000000002", "interaction-token-command", Command));
        await connection.DispatchAsync("INTERACTION_CREATE", 6, DiscordEvents.Command("900000000000000003", "interaction-token-digest", Preview));
        await connection.DispatchAsync("INTERACTION_CREATE", 7, DiscordEvents.Button("900000000000000004", "interaction-token-button", "briefbot-feedback:no:faq-0123456789ab"));
        var overHttp = await signer.PostAsync(http, host, JsonSerializer.Serialize(DiscordEvents.Command("900000000000000005", "interaction-token-http", HttpCommand)));
        await signer.PostAsync(http, host, JsonSerializer.Serialize(DiscordEvents.Autocomplete("900000000000000006", "interaction-token-http-autocomplete", Typed)));

        await host.Rest.WaitForAsync("POST", "channels/", count: 2);
        await host.Rest.WaitForAsync("POST", "interactions/", count: 4);
        Assert.True(overHttp.IsSuccessStatusCode);
        await host.StopAsync(TimeSpan.FromSeconds(10));

        var logged = host.Logs
            .Where(e => e.Level >= LogLevel.Information)
            .Select(e => e.Message + "\n" + e.Exception)
            .ToList();
        Assert.Contains(logged, l => l.Contains("Discord session ready", StringComparison.Ordinal));
        Assert.Contains(logged, l => l.Contains("Discord refused POST /api/v10/interactions/{id}/{token}/callback with 404", StringComparison.Ordinal));
        string[] secrets =
        [
            Mention, DirectMessage, Command, HttpCommand, Typed, "Belgorod", "Kursk", "Zaporizhzhia",
            DiscordTestHost.Token, signer.PublicKeyHex, "interaction-token", $"webhooks/{DiscordTestHost.ApplicationId}/",
        ];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(logged, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
