using BriefBot.Deploy.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace BriefBot.Deploy.Tests.Kubernetes;

/// <summary>deploy/k8s: the manifests, the kustomization that lists them and the files its generators read.</summary>
internal static class Manifests
{
    public static string Folder => Repository.File("deploy", "k8s");

    public static YamlMappingNode Kustomization { get; } = Yaml.Load(Path.Combine(Folder, "kustomization.yaml"));

    public static YamlMappingNode Deployment => Resource("Deployment");

    public static YamlMappingNode Service => Resource("Service");

    public static YamlMappingNode Secret { get; } = Yaml.Load(Path.Combine(Folder, "secret.yaml"));

    public static YamlMappingNode PodSpec => Deployment.Map("spec").Map("template").Map("spec");

    public static YamlNode Container => Assert.Single(PodSpec.List("containers"));

    public static IEnumerable<YamlMappingNode> Resources =>
        Kustomization.List("resources").Select(r => Yaml.Load(Path.Combine(Folder, ((YamlScalarNode)r).Value!)));

    /// <summary>The configMapGenerator entries by name.</summary>
    public static IReadOnlyDictionary<string, YamlNode> Generated =>
        Kustomization.List("configMapGenerator").ToDictionary(g => g.Text("name")!, g => g);

    /// <summary>The settings the container gets from the generated env ConfigMap.</summary>
    public static IReadOnlyDictionary<string, string> ConfigEnvironment =>
        Generated.Values.SelectMany(g => g.List("envs"))
            .SelectMany(f => EnvFile.Read(Path.Combine(Folder, ((YamlScalarNode)f).Value!)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static string GeneratedFile(string configMap, string key) =>
        Path.Combine(Folder, Generated[configMap].List("files").Select(f => ((YamlScalarNode)f).Value!).Single(f => Path.GetFileName(f) == key));

    private static YamlMappingNode Resource(string kind) => Resources.Single(r => r.Text("kind") == kind);
}
