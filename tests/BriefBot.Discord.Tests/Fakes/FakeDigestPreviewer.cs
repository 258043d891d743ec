using BriefBot.Core.Digests;
using BriefBot.Core.Replies;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>A digest previewer whose digest the test sets, and which can be held back to make the command slow.</summary>
public sealed class FakeDigestPreviewer : IDigestPreviewer
{
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Slow { get; set; }

    public Digest Digest { get; set; } = Sample();

    public List<(string Platform, string Channel)> Previews { get; } = [];

    public static Digest Sample(int facts = 2) => new(
        "Morning briefing",
        new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero),
        [
            new BriefingDigest(
                "Ukraine strike authorization",
                "ukraine-strike-authorization.txt",
                [.. Enumerable.Range(1, facts).Select(i => Fact($"Key fact number {i} about the authorization."))],
                new DigestChanges([Fact("Targeting is restricted to military assets.")], [new FactChange(Fact("Old wording."), Fact("New wording."))], [Fact("A removed fact.")]),
                Unchanged: false),
            new BriefingDigest("Quiet briefing", "quiet.txt", [], null, Unchanged: true),
        ],
        [new UnansweredQuestion("Who pays for the rockets?", 3)]);

    public static Quote Fact(string text) => new(text, new SourceRef("Ukraine strike authorization", "A Strategic Pivot", "ukraine-strike-authorization.txt"));

    public async Task<Digest> PreviewAsync(string platform, string channel, CancellationToken cancellationToken)
    {
        lock (Previews)
        {
            Previews.Add((platform, channel));
        }

        if (Slow)
        {
            await Gate.Task.WaitAsync(cancellationToken);
        }

        return Digest;
    }
}
