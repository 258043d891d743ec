using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BriefBot.Web;

/// <summary>
/// An adapter's inbound HTTP endpoints. Implementations are singletons of the main container, so their handlers
/// use the same services as the rest of the bot.
/// </summary>
public interface IHttpEndpoints
{
    void Map(IEndpointRouteBuilder endpoints);

    /// <summary>
    /// Services the endpoints need in the web server's own container, such as authentication or antiforgery, whose
    /// middleware the server then runs before every endpoint. None by default.
    /// </summary>
    void ConfigureServices(IServiceCollection services)
    {
    }
}
