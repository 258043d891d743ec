using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Registers an adapter's endpoints and, once, the web server that serves them.</summary>
    public static IServiceCollection AddHttpEndpoints<TEndpoints>(this IServiceCollection services)
        where TEndpoints : class, IHttpEndpoints
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpEndpoints, TEndpoints>());
        services.TryAddSingleton<WebServer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WebServer>(sp => sp.GetRequiredService<WebServer>()));
        return services;
    }
}
