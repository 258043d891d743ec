using System.Text;
using BriefBot.Discord.Interactions;
using NSec.Cryptography;

namespace BriefBot.Discord.Tests.Interactions;

/// <summary>Ed25519 as the endpoint uses it, pinned to RFC 8032 §7.1's test vectors.</summary>
public sealed class InteractionSignatureTests
{
    public static TheoryData<string, string, string, string> Rfc8032 => new()
    {
        // TEST 1: the empty message.
        {
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        // TEST 2: one byte, 0x72.
        {
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        // TEST 3: two bytes, 0xaf82.
        {
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
    };

    [Theory]
    [MemberData(nameof(Rfc8032))]
    public void Signs_and_verifies_the_rfc_8032_vectors(string secretKey, string publicKey, string message, string signature)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(secretKey), KeyBlobFormat.RawPrivateKey);
        Assert.Equal(publicKey, Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
        Assert.Equal(signature, Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Convert.FromHexString(message))));
    }

    [Theory]
    [MemberData(nameof(Rfc8032))]
    public void The_endpoint_verifier_accepts_the_vectors_and_rejects_any_change(string secretKey, string publicKey, string message, string signature)
    {
        _ = secretKey;
        // The verifier signs over timestamp + body; an empty timestamp is refused, so split the message instead.
        var bytes = Convert.FromHexString(message);
        var verifier = InteractionSignature.FromHex(publicKey);
        if (bytes.Length == 0)
        {
            Assert.False(verifier.Verify(signature, "", bytes));
            return;
        }

        var timestamp = Encoding.Latin1.GetString(bytes, 0, 1);
        if (bytes[0] < 0x80)
        {
            Assert.True(verifier.Verify(signature, timestamp, bytes.AsSpan(1)));
        }

        var flipped = signature[..^1] + (signature[^1] == '0' ? '1' : '0');
        Assert.False(verifier.Verify(flipped, timestamp, bytes.AsSpan(1)));
        Assert.False(verifier.Verify(signature.ToUpperInvariant()[..^2], timestamp, bytes.AsSpan(1)));
    }

    [Fact]
    public void Verifies_a_discord_style_request_and_rejects_a_changed_body()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        const string timestamp = "1780315200";
        const string body = """{"type":1}""";
        var signature = Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body)));
        var verifier = InteractionSignature.FromHex(Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));

        Assert.True(verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes(body)));
        Assert.True(verifier.Verify(signature.ToUpperInvariant(), timestamp, Encoding.UTF8.GetBytes(body)));
        Assert.False(verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes("""{"type":2}""")));
        Assert.False(verifier.Verify(signature, "1780315201", Encoding.UTF8.GetBytes(body)));
    }
}
