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

    /// <summary>Posts <paramref name="body"/> to the bot's Interactions endpoint, signed, as Discord would.</summary>
    public async Task<HttpResponseMessage> PostAsync(HttpClient http, DiscordTestHost host, string body)
    {
        const string timestamp = "1780315200";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.WebAddress, "/discord/interactions"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Signature-Ed25519", Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await http.SendAsync(request);
    }

    public void Dispose() => key.Dispose();
}
