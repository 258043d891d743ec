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

    public void Dispose() => key.Dispose();
}
