using BriefBot.Deploy.Tests.Kubernetes;
using BriefBot.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BriefBot.Deploy.Tests.Compose;

/// <summary>deploy/docker-compose.yml, its services and the environment it gives them.</summary>
internal static class ComposeFile
{
    public static YamlMappingNode Root { get; } = Yaml.Load(Repository.File("deploy", "docker-compose.yml"));

    public static YamlMappingNode Service(string name) => Root.Map("services").Map(name);

    /// <summary>A service's environment: the mapping form (KEY: value) or the list form (- KEY=value).</summary>
    public static IReadOnlyDictionary<string, string> Environment(string service)
    {
        var node = Service(service).Child("environment");
        var pairs = node is YamlSequenceNode list
            ? list.Children.Select(c => ((YamlScalarNode)c).Value!.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p.Length > 1 ? p[1] : ""))
            : Service(service).Pairs("environment");
        return pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>The short volume syntax "source:target[:mode]" by target.</summary>
    public static IReadOnlyDictionary<string, string> Volumes(string service) =>
        Service(service).List("volumes").Select(v => ((YamlScalarNode)v).Value!.Split(':')).ToDictionary(p => p[1], p => p[0], StringComparer.Ordinal);

    public static IReadOnlyList<string> Strings(YamlNode node, string key) => [.. node.List(key).Select(n => ((YamlScalarNode)n).Value!)];
}
