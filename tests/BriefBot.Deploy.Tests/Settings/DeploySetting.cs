using BriefBot.Deploy.Tests.Compose;
using BriefBot.Deploy.Tests.Dockerfiles;
using BriefBot.Deploy.Tests.Kubernetes;
using BriefBot.Deploy.Tests.Support;
using BriefBot.Deploy.Tests.Systemd;

namespace BriefBot.Deploy.Tests.Settings;

/// <summary>One environment variable some deploy file sets, and where.</summary>
public sealed record DeploySetting(string File, string Name, string Value)
{
    public override string ToString() => $"{File}: {Name}";

    /// <summary>Every setting of every deploy file: Dockerfile ENV, compose environment, the env example, the unit's Environment=, the Kubernetes ConfigMap and Secret.</summary>
    public static IReadOnlyList<DeploySetting> All { get; } =
    [
        .. Dockerfile.Deployed.Runtime.Environment.Select(e => new DeploySetting("Dockerfile", e.Key, e.Value)),
        .. ComposeFile.Environment("briefbot").Select(e => new DeploySetting("docker-compose.yml", e.Key, e.Value)),
        .. EnvFile.Read(Repository.File("deploy", "briefbot.env.example")).Select(e => new DeploySetting("briefbot.env.example", e.Key, e.Value)),
        .. UnitFile.Deployed.Environment.Select(e => new DeploySetting("briefbot.service", e.Key, e.Value)),
        .. Manifests.ConfigEnvironment.Select(e => new DeploySetting("k8s/briefbot-config.env", e.Key, e.Value)),
        .. Manifests.Secret.Pairs("stringData").Select(e => new DeploySetting("k8s/secret.yaml", e.Key, e.Value)),
    ];

    /// <summary>The settings of the app's own configuration (Section__Key), not the runtime's (DOTNET_…) or the image's.</summary>
    public static TheoryData<DeploySetting> AppSettings() => [.. All.Where(s => s.Name.Contains("__", StringComparison.Ordinal))];
}
