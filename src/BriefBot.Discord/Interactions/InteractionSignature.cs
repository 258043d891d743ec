using System.Buffers;
using System.Text;
using NSec.Cryptography;

namespace BriefBot.Discord.Interactions;

/// <summary>
/// Discord signs each Interactions request with the application's Ed25519 key over the UTF-8 timestamp header
/// followed by the raw body. Anything that does not verify is refused; Discord sends bad signatures on purpose to
/// check that.
/// </summary>
internal sealed class InteractionSignature
{
    private const int SignatureBytes = 64;

    private readonly PublicKey key;

    private InteractionSignature(PublicKey key) => this.key = key;

    /// <summary>The verifier for a configured key; throws on a key that is not one (the options validator reports that first).</summary>
    public static InteractionSignature FromHex(string publicKeyHex) =>
        new(PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey));

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is not { Length: SignatureBytes * 2 } || string.IsNullOrEmpty(timestamp))
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[SignatureBytes];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != SignatureBytes)
        {
            return false;
        }

        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[stamp.Length + body.Length];
        stamp.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(stamp.Length));
        return SignatureAlgorithm.Ed25519.Verify(key, signed, signature);
    }
}
