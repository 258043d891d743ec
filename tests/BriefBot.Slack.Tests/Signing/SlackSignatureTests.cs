using System.Text;
using BriefBot.Slack.Signing;

namespace BriefBot.Slack.Tests.Signing;

public class SlackSignatureTests
{
    // Slack's documented example from "Verifying requests from Slack".
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Computes_Slacks_documented_example() =>
        Assert.Equal(Expected, SlackSignature.Compute(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Accepts_the_documented_example_within_five_minutes() =>
        Assert.Equal(SignatureCheck.Valid, SlackSignature.Verify(Secret, Timestamp, Expected, Encoding.UTF8.GetBytes(Body), SentAt.AddSeconds(300)));

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Refuses_a_timestamp_more_than_five_minutes_away(int seconds) =>
        Assert.Equal(SignatureCheck.Stale, SlackSignature.Verify(Secret, Timestamp, Expected, Encoding.UTF8.GetBytes(Body), SentAt.AddSeconds(seconds)));

    [Fact]
    public void Refuses_a_changed_body() =>
        Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify(Secret, Timestamp, Expected, Encoding.UTF8.GetBytes(Body + "&x=1"), SentAt));

    [Fact]
    public void Refuses_another_secret() =>
        Assert.Equal(SignatureCheck.Mismatch, SlackSignature.Verify("another-secret", Timestamp, Expected, Encoding.UTF8.GetBytes(Body), SentAt));

    [Theory]
    [InlineData(null, Expected, nameof(SignatureCheck.Missing))]
    [InlineData(Timestamp, null, nameof(SignatureCheck.Missing))]
    [InlineData("-1531420618", Expected, nameof(SignatureCheck.Malformed))]
    [InlineData("soon", Expected, nameof(SignatureCheck.Malformed))]
    public void Refuses_missing_or_malformed_headers(string? timestamp, string? signature, string check) =>
        Assert.Equal(Enum.Parse<SignatureCheck>(check), SlackSignature.Verify(Secret, timestamp, signature, Encoding.UTF8.GetBytes(Body), SentAt));
}
