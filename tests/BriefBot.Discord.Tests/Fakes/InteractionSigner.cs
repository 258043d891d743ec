using System.Text;
using NSec.Cryptography;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>Signs Interactions requests as Discord does, with a key pair made for the test.</summary>
public sealed class InteractionSigner : IDisposable
{
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519);

    public string PublicKeyHex => Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, string body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body)));

    /// <summary>The timestamp <see cref="PostAsync(HttpClient, DiscordTestHost, string)"/> signs with.</summary>
    public const string Timestamp = "1780315200";

    /// <summary>Posts <paramref name="body"/> to the bot's Interactions endpoint, signed, as Discord would.</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient http, DiscordTestHost host, string body) =>
        PostAsync(http, host, body, Sign(Timestamp, body), Timestamp);

    /// <summary>Posts <paramref name="body"/> with these signature headers, a null one left out: for requests the endpoint must refuse.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, DiscordTestHost host, string body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.WebAddress, "/discord/interactions"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        return await http.SendAsync(request);
    }

    public void Dispose() => key.Dispose();
}
