using BriefBot.Core.Chat;
using BriefBot.Discord.Payloads;
using BriefBot.Discord.Rendering;

namespace BriefBot.Discord.Interactions;

/// <summary>A click on "Helpful" / "Not helpful": recorded, and acknowledged to the clicker only (the answer stays as it was for everyone else).</summary>
internal sealed class FeedbackHandler(IAnswerer answerer)
{
    public async Task<InteractionOutcome> RespondAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!FeedbackButtons.TryRead(interaction.Data?.CustomId, out var entryId, out var helpful))
        {
            return Acknowledge("That button does not belong to BriefBot.");
        }

        await answerer.RecordFeedbackAsync(new Feedback(entryId, helpful, DiscordChatAdapter.PlatformName, interaction.ChannelId ?? "", interaction.UserId), cancellationToken).ConfigureAwait(false);
        return Acknowledge(helpful ? "Thanks, glad it helped. Your feedback was recorded." : "Thanks, your feedback was recorded and will help improve the briefings.");
    }

    private static InteractionOutcome Acknowledge(string text) =>
        new(InteractionResponse.Message(MessagePayload.Text(text, MessagePayload.Ephemeral)));
}
