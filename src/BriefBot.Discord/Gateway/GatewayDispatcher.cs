using System.Text.Json;
using BriefBot.Core.Chat.Pipeline;
using BriefBot.Discord.Messages;
using BriefBot.Discord.Payloads;
using BriefBot.Discord.Replies;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Routes Gateway events. Called on the receive loop, so it only reads and queues; answering happens in the reply
/// pipeline. A malformed event is logged and dropped, and the loop goes on.
/// </summary>
/// <remarks>
/// The Gateway cannot be refused an event, so when the pipeline is full the receive loop waits for room: Discord's
/// events then wait in the socket instead of being taken and dropped.
/// </remarks>
internal sealed class GatewayDispatcher(
    BotUser bot,
    QuestionDetector detector,
    ReplyPipeline<DiscordJob> pipeline,
    TimeProvider time,
    ILogger<GatewayDispatcher> logger)
{
    public async Task DispatchAsync(string name, JsonElement data, CancellationToken cancellationToken)
    {
        try
        {
            switch (name)
            {
                case "READY":
                    bot.Id = data.Deserialize(DiscordJsonContext.Default.ReadyData)?.User.Id;
                    break;
                case "MESSAGE_CREATE":
                    if (data.Deserialize(DiscordJsonContext.Default.DiscordMessage) is { } message && detector.Detect(message) is { } question
                        && await pipeline.EnqueueAsync(new MessageJob(question, time.GetUtcNow()), cancellationToken).ConfigureAwait(false) != Intake.Taken)
                    {
                        Log.RefusedStopping(logger, question.MessageId, question.Channel);
                    }

                    break;
                case "INTERACTION_CREATE":
                    if (data.Deserialize(DiscordJsonContext.Default.Interaction) is { } interaction
                        && await pipeline.EnqueueAsync(new InteractionJob(interaction, time.GetUtcNow()), cancellationToken).ConfigureAwait(false) != Intake.Taken)
                    {
                        Log.RefusedStopping(logger, interaction.Id, interaction.ChannelId ?? "?");
                    }

                    break;
            }
        }
        catch (JsonException e)
        {
            Log.DispatchFailed(logger, name, e);
        }
    }
}
