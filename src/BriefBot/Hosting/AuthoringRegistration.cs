using BriefBot.Authoring;
using BriefBot.Core.Knowledge.Learned;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Hosting;

/// <summary>The learned entries of the store, served by every replica, and the authors' console when <c>Authoring:Enabled</c>.</summary>
internal static class AuthoringRegistration
{
    public static HostApplicationBuilder AddAuthoring(this HostApplicationBuilder builder)
    {
        // The sync runs whether or not this replica serves the console: an answer taught through another replica, or
        // before the console was switched off, must still be answered here. It costs one single-row read per poll.
        builder.Services.AddLearnedKnowledge();
        if (builder.Configuration.GetValue<bool>($"{AuthoringOptions.Section}:{nameof(AuthoringOptions.Enabled)}"))
        {
            // Its endpoints bring the web server with them, so the console is served on the console adapter too.
            builder.Services.AddBriefBotAuthoring();
        }

        return builder;
    }
}
