using System.Globalization;
using System.Xml.Linq;
using BriefBot.Deploy.Tests.Support;

namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>What a reviewer checks in deploy/Dockerfile and .dockerignore before building.</summary>
public sealed class DockerfileTests
{
    private static readonly Dockerfile File = Dockerfile.Deployed;

    [Fact]
    public void It_builds_with_the_sdk_and_runs_on_the_aspnet_runtime_of_the_pinned_major_version()
    {
        var sdkMajor = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(Repository.File("global.json")))
            .RootElement.GetProperty("sdk").GetProperty("version").GetString()!.Split('.')[0];

        Assert.Equal($"mcr.microsoft.com/dotnet/sdk:{sdkMajor}.0", File.Stages[0].BaseImage);
        Assert.Equal($"mcr.microsoft.com/dotnet/aspnet:{sdkMajor}.0", File.Runtime.BaseImage);
    }

    [Fact]
    public void It_runs_as_a_numeric_non_root_user()
    {
        Assert.True(int.TryParse(File.Runtime.User, NumberStyles.None, CultureInfo.InvariantCulture, out var uid), $"USER {File.Runtime.User} is not numeric");
        Assert.NotEqual(0, uid);
    }

    [Fact]
    public void The_entrypoint_runs_the_published_host()
    {
        var assembly = XDocument.Load(Repository.File("src", "BriefBot", "BriefBot.csproj")).Descendants("AssemblyName").FirstOrDefault()?.Value ?? "BriefBot";

        Assert.Equal(["dotnet", assembly + ".dll"], File.Runtime.Entrypoint);
        Assert.Equal("/app", File.Runtime.WorkingDirectory);
    }

    [Fact]
    public void The_exposed_port_is_where_the_bot_listens_and_where_the_healthcheck_asks()
    {
        var exposed = Assert.Single(File.Runtime.ExposedPorts);

        Assert.Equal(exposed, new Uri(File.Runtime.Environment["Urls"].Replace("+", "localhost", StringComparison.Ordinal)).Port);
        var health = File.Runtime.HealthCheck;
        Assert.Equal([.. File.Runtime.Entrypoint, "health"], health.Take(3));
        Assert.Equal(exposed, new Uri(health[health.ToList().IndexOf("--url") + 1]).Port);
    }

    [Fact]
    public void A_service_without_a_terminal_serves_health_and_takes_no_console_questions()
    {
        Assert.Equal("false", File.Runtime.Environment["Console__Enabled"]);
        Assert.Equal("true", File.Runtime.Environment["Health__Enabled"]);
        Assert.Equal("json", File.Runtime.Environment["Logging__Console__FormatterName"]);
    }

    [Fact]
    public void Knowledge_and_the_database_live_on_volumes()
    {
        var env = File.Runtime.Environment;
        var volumes = File.Runtime.Volumes;

        Assert.Contains(env["Knowledge__Path"], volumes);
        Assert.Contains(Path.GetDirectoryName(env["Storage__Path"]), volumes);
    }

    [Fact]
    public void Shutdown_finishes_inside_docker_stops_default_ten_seconds()
    {
        var timeout = TimeSpan.Parse(File.Runtime.Environment["HostOptions__ShutdownTimeout"], CultureInfo.InvariantCulture);

        Assert.InRange(timeout, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(9));
    }

    [Fact]
    public void Restore_runs_on_the_project_files_alone_before_the_sources_are_copied()
    {
        var build = File.Stages[0].Instructions.ToList();
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var sources = build.FindIndex(i => i.Keyword == "COPY" && i.Arguments.StartsWith("src/ ", StringComparison.Ordinal));

        Assert.InRange(restore, 0, sources - 1);
        var copiedBeforeRestore = build.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(i => i.Arguments.Split(' ')).ToHashSet();
        Assert.All(HostProjects(), project => Assert.Contains(project, copiedBeforeRestore));
    }

    [Theory]
    [InlineData("src/BriefBot/bin/Release/net10.0/BriefBot.dll")]
    [InlineData("src/BriefBot.Core/obj/project.assets.json")]
    [InlineData(".git/config")]
    [InlineData("data/briefbot.db")]
    [InlineData("briefbot.db-wal")]
    [InlineData("deploy/briefbot.env")]
    [InlineData(".env")]
    public void The_build_context_leaves_out_build_outputs_databases_and_secrets(string path) =>
        Assert.True(DockerIgnore.Read(Repository.File(".dockerignore")).Excludes(path), path);

    [Theory]
    [InlineData("src/BriefBot/Program.cs")]
    [InlineData("knowledge/ukraine-strike-authorization.txt")]
    [InlineData("appsettings.json")]
    [InlineData("Directory.Packages.props")]
    public void The_build_context_keeps_what_the_build_needs(string path) =>
        Assert.False(DockerIgnore.Read(Repository.File(".dockerignore")).Excludes(path), path);

    /// <summary>Every project the host references, directly or not, as a path from the repository root.</summary>
    private static IEnumerable<string> HostProjects()
    {
        var pending = new Queue<string>([Repository.File("src", "BriefBot", "BriefBot.csproj")]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var project))
        {
            if (!seen.Add(Path.GetFullPath(project)))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                pending.Enqueue(Path.Combine(Path.GetDirectoryName(project)!, reference.Attribute("Include")!.Value.Replace('\\', '/')));
            }
        }

        return seen.Select(p => Path.GetRelativePath(Repository.Root, p).Replace('\\', '/'));
    }
}
