using BriefBot.Core;
using BriefBot.Core.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace BriefBot.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Registers endpoints and, once, the web server that serves them, which readiness then waits for.</summary>
    public static IServiceCollection AddHttpEndpoints<TEndpoints>(this IServiceCollection services)
        where TEndpoints : class, IHttpEndpoints
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpEndpoints, TEndpoints>());
        if (!services.Any(s => s.ServiceType == typeof(WebServer)))
        {
            services.AddExpectedConnection(WebServer.ConnectionName);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ConnectionBoard>();
        services.TryAddSingleton<WebServer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, WebServer>(sp => sp.GetRequiredService<WebServer>()));
        return services;
    }
}
