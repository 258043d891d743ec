using BriefBot.Authoring.Api;
using BriefBot.Authoring.Learned;
using BriefBot.Authoring.Pages;
using BriefBot.Authoring.Security;
using BriefBot.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefBot.Authoring;

public static class AuthoringServiceCollectionExtensions
{
    /// <summary>
    /// The authors' console under <c>/authoring</c> on the shared web server, with <c>Authoring</c> bound and
    /// validated on start. Needs the store (<see cref="Core.Storage.ILearnedEntryStore"/>), the learned knowledge
    /// sync and the digests' composer.
    /// </summary>
    public static IServiceCollection AddBriefBotAuthoring(this IServiceCollection services)
    {
        services.AddOptionsWithValidateOnStart<AuthoringOptions, AuthoringOptionsValidator>().BindConfiguration(AuthoringOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuthorTokens>();
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddSingleton<LearnedEditor>();
        services.TryAddSingleton<ChangeUndo>();
        services.TryAddSingleton<AuthoringViews>();
        services.TryAddSingleton<SignInEndpoints>();
        services.TryAddSingleton<PageEndpoints>();
        services.TryAddSingleton<ApiEndpoints>();
        services.AddHttpEndpoints<AuthoringEndpoints>();
        return services;
    }
}
