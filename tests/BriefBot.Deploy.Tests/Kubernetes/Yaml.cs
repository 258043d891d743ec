using YamlDotNet.RepresentationModel;

namespace BriefBot.Deploy.Tests.Kubernetes;

/// <summary>Reading YAML manifests by path: <c>node["spec"]["template"]</c> without a class per Kubernetes kind.</summary>
internal static class Yaml
{
    public static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    public static YamlNode? Child(this YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    public static YamlMappingNode Map(this YamlNode node, string key) =>
        node.Child(key) as YamlMappingNode ?? throw new KeyNotFoundException($"no mapping '{key}' at line {node.Start.Line}");

    public static IReadOnlyList<YamlNode> List(this YamlNode node, string key) =>
        node.Child(key) is YamlSequenceNode seq ? [.. seq.Children] : [];

    public static string? Text(this YamlNode node, string key) => (node.Child(key) as YamlScalarNode)?.Value;

    public static IEnumerable<KeyValuePair<string, string>> Pairs(this YamlNode node, string key) =>
        node.Child(key) is YamlMappingNode map
            ? map.Children.Select(c => new KeyValuePair<string, string>(((YamlScalarNode)c.Key).Value!, (c.Value as YamlScalarNode)?.Value ?? ""))
            : [];
}
