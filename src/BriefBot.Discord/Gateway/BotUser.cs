namespace BriefBot.Discord.Gateway;

/// <summary>The bot's own user id, known from READY: mentions of it are questions, messages by it are ignored.</summary>
internal sealed class BotUser
{
    private string? id;

    public string? Id
    {
        get => Volatile.Read(ref id);
        set => Volatile.Write(ref id, value);
    }
}
