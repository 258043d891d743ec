using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;

namespace BriefBot.Hosting;

/// <summary>
/// <c>Type=notify</c> support: tells systemd "READY=1" once every service has started and "STOPPING=1" when shutdown
/// begins. Keyed on <c>NOTIFY_SOCKET</c>, which systemd sets exactly for notify services, rather than on
/// <see cref="SystemdHelpers.IsSystemdService"/>, which mistakes PID 1 in a container for systemd and would also
/// switch the console logs to syslog format there.
/// </summary>
internal static class Systemd
{
    public static HostApplicationBuilder AddSystemdNotify(this HostApplicationBuilder builder)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NOTIFY_SOCKET")))
        {
            builder.Services.AddSingleton<ISystemdNotifier, SystemdNotifier>();
            builder.Services.AddSingleton<IHostLifetime, SystemdLifetime>();
        }

        return builder;
    }
}
