using BriefBot.Core.Chat;
using BriefBot.Discord.Interactions;

namespace BriefBot.Discord.Commands;

/// <summary>The one command the bot registers: <c>/brief question:…</c>, named by the <c>Command</c> setting.</summary>
internal static class BriefCommand
{
    public static ApplicationCommand Definition(string name) => new(
        name,
        "Ask BriefBot about the briefings (\"digest\" previews this channel's digest, \"help\" explains)",
        [
            new ApplicationCommandOption(
                ApplicationCommandOption.StringType,
                BriefCommandHandler.QuestionOption,
                "Your question; or \"digest\" or \"help\"",
                Required: true,
                Autocomplete: true,
                MaxLength: ChatLimits.MaxQuestionLength),
        ]);
}
