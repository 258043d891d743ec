using System.Text.RegularExpressions;
using BriefBot.Deploy.Tests.Support;

namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>
/// The image's ENTRYPOINT run as <c>docker run -v {fresh}:/data -p {port}:8080</c> would run it: in WORKDIR, with only
/// the image's environment (ENV lines, plus the HOME and PATH the base image gives), paths mapped to the replayed
/// folders and the exposed port to a free loopback port.
/// </summary>
internal sealed partial class Container
{
    private readonly ReplayedImage image;
    private readonly ImageFileSystem fs;
    private readonly int exposedPort;
    private readonly IReadOnlyDictionary<string, string> settings;

    /// <param name="image">The replayed image.</param>
    /// <param name="settings">Environment given on top of the image's, as compose's environment/env_file or docker run -e give it.</param>
    public Container(ReplayedImage image, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string>();
        this.image = image;
        exposedPort = Runtime.ExposedPorts.Single();
        // Each run gets a new, empty data volume, seeded from the image's folder as Docker seeds a named volume.
        DataVolume = image.NewFolder("data");
        fs = new ImageFileSystem(image.Image.Root).Mount("/data", DataVolume);
        Environment = BuildEnvironment();
    }

    public Stage Runtime => image.Dockerfile.Runtime;

    public int Port { get; } = FreePort.Next();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string DataVolume { get; }

    public string WorkingDirectory => fs.Map(Runtime.WorkingDirectory);

    public IReadOnlyDictionary<string, string> Environment { get; }

    public ImageFileSystem FileSystem => fs;

    public BotProcess Start() => BotProcess.Start(Runtime.Entrypoint, WorkingDirectory, Environment);

    /// <summary>The HEALTHCHECK command, run in the container beside the bot as Docker runs it.</summary>
    public Task<ProcessRun.Result> RunHealthCheckAsync()
    {
        var command = Runtime.HealthCheck.Select(ToHost).ToList();
        var start = new System.Diagnostics.ProcessStartInfo(command[0]) { WorkingDirectory = WorkingDirectory };
        command.Skip(1).ToList().ForEach(start.ArgumentList.Add);
        start.Environment.Clear();
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        return ProcessRun.RunAsync(start, TimeSpan.FromSeconds(30));
    }

    /// <summary>An image value as seen from this machine: an absolute path mapped into the replayed folders, the exposed port to <see cref="Port"/> on loopback.</summary>
    public string ToHost(string value) =>
        value.StartsWith('/') ? fs.Map(value)
        : UrlWithPort().Replace(value, m => m.Groups["port"].Value == exposedPort.ToString(System.Globalization.CultureInfo.InvariantCulture) ? $"http://127.0.0.1:{Port}" : m.Value);

    private Dictionary<string, string> BuildEnvironment()
    {
        var home = image.NewFolder("home");
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            // The aspnet image's own ENV: a user folder with no user secrets in it, and the container flag.
            ["HOME"] = home,
            ["DOTNET_RUNNING_IN_CONTAINER"] = "true",
        };
        foreach (var (key, value) in Runtime.Environment.Concat(settings))
        {
            env[key] = ToHost(value);
        }

        return env;
    }

    [GeneratedRegex(@"http://[^/:]+:(?<port>\d+)")]
    private static partial Regex UrlWithPort();
}
