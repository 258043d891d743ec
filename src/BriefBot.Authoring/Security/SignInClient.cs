using Microsoft.AspNetCore.Http;

namespace BriefBot.Authoring.Security;

/// <summary>Who a sign-in attempt is counted against: the connection's remote address.</summary>
public static class SignInClient
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
