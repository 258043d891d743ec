using Microsoft.AspNetCore.Routing;

namespace BriefBot.Web;

/// <summary>
/// An adapter's inbound HTTP endpoints. Implementations are singletons of the main container, so their handlers
/// use the same services as the rest of the bot.
/// </summary>
public interface IHttpEndpoints
{
    void Map(IEndpointRouteBuilder endpoints);
}
