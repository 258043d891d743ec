using System.Globalization;
using System.Text.Json;
using BriefBot.Core.Knowledge;
using BriefBot.Deploy.Tests.Dockerfiles;
using YamlDotNet.RepresentationModel;

namespace BriefBot.Deploy.Tests.Kubernetes;

/// <summary>deploy/k8s as `kubectl apply -k` would take it, checked against the image and the app it runs.</summary>
public sealed class KubernetesManifestTests
{
    private static readonly Stage Image = Dockerfile.Deployed.Runtime;

    [Fact]
    public void Every_manifest_has_the_api_version_of_its_kind()
    {
        var expected = new Dictionary<string, string>
        {
            ["Deployment"] = "apps/v1",
            ["Service"] = "v1",
            ["PersistentVolumeClaim"] = "v1",
        };

        Assert.Equal("kustomize.config.k8s.io/v1beta1", Manifests.Kustomization.Text("apiVersion"));
        Assert.Equal("Kustomization", Manifests.Kustomization.Text("kind"));
        Assert.Equal(("v1", "Secret"), (Manifests.Secret.Text("apiVersion"), Manifests.Secret.Text("kind")));
        Assert.Equal(expected.Keys.Order(), Manifests.Resources.Select(r => r.Text("kind")!).Order());
        Assert.All(Manifests.Resources, r => Assert.Equal(expected[r.Text("kind")!], r.Text("apiVersion")));
    }

    [Fact]
    public void Every_file_the_generators_read_exists()
    {
        var files = Manifests.Generated.Values.SelectMany(g => g.List("files").Concat(g.List("envs"))).Select(f => ((YamlScalarNode)f).Value!);

        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(Manifests.Folder, f)), f));
    }

    [Fact]
    public void The_probes_ask_the_endpoints_the_app_serves_on_the_port_the_image_exposes()
    {
        var container = Manifests.Container;
        var ports = container.List("ports").ToDictionary(p => p.Text("name")!, p => int.Parse(p.Text("containerPort")!, CultureInfo.InvariantCulture));

        Assert.Equal(Image.ExposedPorts, ports.Values);
        Assert.Equal("/healthz", container.Map("livenessProbe").Map("httpGet").Text("path"));
        Assert.Equal("/readyz", container.Map("readinessProbe").Map("httpGet").Text("path"));
        Assert.Equal("/healthz", container.Map("startupProbe").Map("httpGet").Text("path"));
        // A probe's port is a container port's name or its number.
        Assert.All(
            new[] { "livenessProbe", "readinessProbe", "startupProbe" }.Select(p => container.Map(p).Map("httpGet").Text("port")!),
            port => Assert.Equal(Image.ExposedPorts.Single(), ports.TryGetValue(port, out var named) ? named : int.Parse(port, CultureInfo.InvariantCulture)));
        Assert.DoesNotContain("Urls", Manifests.ConfigEnvironment.Keys);
    }

    [Fact]
    public void The_service_selects_the_pods_and_targets_the_container_port()
    {
        var service = Manifests.Service.Map("spec");
        var podLabels = Manifests.Deployment.Map("spec").Map("template").Map("metadata").Pairs("labels");
        var containerPorts = Manifests.Container.List("ports").Select(p => p.Text("name")).ToList();

        Assert.Equal("ClusterIP", service.Text("type"));
        Assert.All(service.Pairs("selector"), label => Assert.Contains(label, podLabels));
        Assert.All(service.List("ports"), p => Assert.Contains(p.Text("targetPort"), containerPorts));
    }

    [Fact]
    public void The_pod_runs_locked_down_as_the_images_user()
    {
        var pod = Manifests.PodSpec.Map("securityContext");
        var container = Manifests.Container.Map("securityContext");

        Assert.Equal("true", pod.Text("runAsNonRoot"));
        Assert.Equal(Image.User, pod.Text("runAsUser"));
        Assert.Equal("RuntimeDefault", pod.Map("seccompProfile").Text("type"));
        Assert.Equal("true", container.Text("readOnlyRootFilesystem"));
        Assert.Equal("false", container.Text("allowPrivilegeEscalation"));
        Assert.Equal(["ALL"], container.Map("capabilities").List("drop").Select(d => ((YamlScalarNode)d).Value));
        Assert.Equal("false", Manifests.PodSpec.Text("automountServiceAccountToken"));
    }

    [Fact]
    public void Writable_paths_are_volumes_where_the_image_expects_them()
    {
        var mounts = Manifests.Container.List("volumeMounts").ToDictionary(m => m.Text("mountPath")!, m => m.Text("name")!);
        var volumes = Manifests.PodSpec.List("volumes").ToDictionary(v => v.Text("name")!, v => v);

        Assert.All(mounts.Values, name => Assert.Contains(name, volumes.Keys));
        Assert.NotNull(volumes[mounts["/tmp"]].Child("emptyDir"));
        Assert.NotNull(volumes[mounts[Path.GetDirectoryName(Image.Environment["Storage__Path"])!]].Child("persistentVolumeClaim"));
        Assert.Equal("briefbot-knowledge", volumes[mounts[Image.Environment["Knowledge__Path"]]].Map("configMap").Text("name"));
        Assert.Equal("briefbot-settings", volumes[mounts[Image.WorkingDirectory + "/appsettings.json"]].Map("configMap").Text("name"));
    }

    [Fact]
    public void Every_config_map_and_secret_the_pod_uses_is_generated_or_templated()
    {
        var configMaps = Manifests.PodSpec.List("volumes").Select(v => v.Child("configMap")?.Text("name"))
            .Concat(Manifests.Container.List("envFrom").Select(e => e.Child("configMapRef")?.Text("name")))
            .OfType<string>();
        var secrets = Manifests.Container.List("envFrom").Select(e => e.Child("secretRef")?.Text("name")).OfType<string>();

        Assert.All(configMaps, name => Assert.Contains(name, Manifests.Generated.Keys));
        Assert.Equal([Manifests.Secret.Map("metadata").Text("name")], secrets);
    }

    [Fact]
    public void The_mounted_appsettings_json_is_valid_json_that_points_at_the_mounted_knowledge()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Manifests.GeneratedFile("briefbot-settings", "appsettings.json")));

        Assert.Equal(Image.Environment["Knowledge__Path"], settings.RootElement.GetProperty("Knowledge").GetProperty("Path").GetString());
    }

    [Fact]
    public void The_mounted_appsettings_json_keeps_every_setting_of_the_default_one()
    {
        // Mounted over /app/appsettings.json, it replaces the default file: a section added there must be added here.
        using var mounted = JsonDocument.Parse(File.ReadAllText(Manifests.GeneratedFile("briefbot-settings", "appsettings.json")));
        using var defaults = JsonDocument.Parse(File.ReadAllText(Support.Repository.File("appsettings.json")));

        Assert.All(Keys(defaults.RootElement, ""), key => Assert.Contains(key, Keys(mounted.RootElement, "")));
    }

    [Fact]
    public async Task The_sample_knowledge_loads_without_a_problem()
    {
        using var temp = new Support.TempFolder("briefbot-k8s-knowledge-");
        foreach (var file in Manifests.Generated["briefbot-knowledge"].List("files").Select(f => ((YamlScalarNode)f).Value!))
        {
            File.Copy(Path.Combine(Manifests.Folder, file), Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        var knowledge = await KnowledgeLoader.LoadAsync(temp.Path, CancellationToken.None);

        Assert.Empty(knowledge.Problems);
        Assert.NotEmpty(knowledge.Entries);
    }

    [Fact]
    public void Kubernetes_waits_longer_than_the_hosts_shutdown_timeout_before_sigkill()
    {
        var shutdown = TimeSpan.Parse(Manifests.ConfigEnvironment.GetValueOrDefault("HostOptions__ShutdownTimeout") ?? Image.Environment["HostOptions__ShutdownTimeout"], CultureInfo.InvariantCulture);
        var grace = TimeSpan.FromSeconds(int.Parse(Manifests.PodSpec.Text("terminationGracePeriodSeconds")!, CultureInfo.InvariantCulture));

        Assert.True(grace > shutdown, $"terminationGracePeriodSeconds {grace} <= HostOptions__ShutdownTimeout {shutdown}");
    }

    [Fact]
    public void One_replica_replaced_not_rolled_so_no_two_pods_share_the_database()
    {
        var spec = Manifests.Deployment.Map("spec");

        Assert.Equal("1", spec.Text("replicas"));
        Assert.Equal("Recreate", spec.Map("strategy").Text("type"));
        Assert.Equal("ReadWriteOnce", Manifests.Resources.Single(r => r.Text("kind") == "PersistentVolumeClaim").Map("spec").List("accessModes").Cast<YamlScalarNode>().Single().Value);
    }

    [Fact]
    public void The_container_has_a_memory_limit_and_requests()
    {
        var resources = Manifests.Container.Map("resources");

        Assert.NotNull(resources.Map("limits").Text("memory"));
        Assert.NotNull(resources.Map("requests").Text("memory"));
        Assert.NotNull(resources.Map("requests").Text("cpu"));
    }

    private static List<string> Keys(JsonElement element, string prefix) =>
        element.ValueKind == JsonValueKind.Object
            ? [.. element.EnumerateObject().SelectMany(p => Keys(p.Value, prefix + p.Name + ":"))]
            : [prefix.TrimEnd(':')];

    [Fact]
    public void The_secret_template_is_not_applied_by_the_kustomization()
    {
        Assert.DoesNotContain("secret.yaml", Manifests.Kustomization.List("resources").Select(r => ((YamlScalarNode)r).Value));
    }
}
