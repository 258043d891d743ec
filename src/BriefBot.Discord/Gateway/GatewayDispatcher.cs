using System.Text.Json;
using BriefBot.Discord.Interactions;
using BriefBot.Discord.Messages;
using BriefBot.Discord.Payloads;
using BriefBot.Discord.Queues;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Gateway;

/// <summary>
/// Routes Gateway events. Called on the receive loop, so it only reads and queues; answering happens on the
/// workers. A malformed event is logged and dropped, and the loop goes on.
/// </summary>
internal sealed class GatewayDispatcher(
    BotUser bot,
    QuestionDetector detector,
    WorkQueue<IncomingQuestion> questions,
    WorkQueue<ReceivedInteraction> interactions,
    TimeProvider time,
    ILogger<GatewayDispatcher> logger)
{
    public void Dispatch(string name, JsonElement data)
    {
        try
        {
            switch (name)
            {
                case "READY":
                    bot.Id = data.Deserialize(DiscordJsonContext.Default.ReadyData)?.User.Id;
                    break;
                case "MESSAGE_CREATE":
                    if (data.Deserialize(DiscordJsonContext.Default.DiscordMessage) is { } message && detector.Detect(message, time.GetUtcNow()) is { } question)
                    {
                        questions.Enqueue(question);
                    }

                    break;
                case "INTERACTION_CREATE":
                    if (data.Deserialize(DiscordJsonContext.Default.Interaction) is { } interaction)
                    {
                        interactions.Enqueue(new ReceivedInteraction(interaction, time.GetUtcNow()));
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
