using System.Data.Common;
using System.Globalization;
using BriefBot.Deploy.Tests.Dockerfiles;
using BriefBot.Deploy.Tests.Kubernetes;
using BriefBot.Deploy.Tests.Support;

namespace BriefBot.Deploy.Tests.Compose;

/// <summary>deploy/docker-compose.yml checked against the image it builds and the database it may start.</summary>
public sealed class ComposeFileTests
{
    private static readonly Stage Image = Dockerfile.Deployed.Runtime;

    [Fact]
    public void The_bot_is_built_from_the_deploy_dockerfile_with_the_repository_as_context()
    {
        var build = ComposeFile.Service("briefbot").Map("build");
        var context = Path.GetFullPath(Path.Combine(Repository.Deploy, build.Text("context")!));

        Assert.Equal(Path.TrimEndingDirectorySeparator(Repository.Root), Path.TrimEndingDirectorySeparator(context));
        Assert.True(File.Exists(Path.Combine(context, build.Text("dockerfile")!)));
        Assert.Equal(Path.Combine(context, "deploy", "Dockerfile"), Path.Combine(context, build.Text("dockerfile")!));
    }

    [Fact]
    public void Secrets_come_from_an_env_file_that_git_ignores_and_whose_example_is_committed()
    {
        var envFile = ComposeFile.Service("briefbot").List("env_file").Single().Text("path")!;

        Assert.True(File.Exists(Path.Combine(Repository.Deploy, Path.GetFileName(envFile) + ".example")));
        Assert.Contains(Path.GetFileName(envFile), File.ReadAllLines(Path.Combine(Repository.Deploy, ".gitignore")));
        Assert.DoesNotContain(ComposeFile.Environment("briefbot").Keys, k => k.Contains("Token", StringComparison.Ordinal) || k.Contains("Secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Knowledge_and_data_are_mounted_where_the_image_reads_them()
    {
        var volumes = ComposeFile.Volumes("briefbot");

        Assert.Contains(Image.Environment["Knowledge__Path"], volumes.Keys);
        Assert.Contains(Path.GetDirectoryName(Image.Environment["Storage__Path"])!, volumes.Keys);
        Assert.Contains(volumes[Path.GetDirectoryName(Image.Environment["Storage__Path"])!], ComposeFile.Root.Map("volumes").Children.Keys.Select(k => k.ToString()));
    }

    [Fact]
    public void The_published_port_and_healthcheck_are_the_images()
    {
        var bot = ComposeFile.Service("briefbot");
        var containerPorts = ComposeFile.Strings(bot, "ports").Select(p => int.Parse(p.Split(':')[^1], CultureInfo.InvariantCulture));

        Assert.Equal(Image.ExposedPorts, containerPorts);
        Assert.Equal(["CMD", .. Image.HealthCheck], ComposeFile.Strings(bot.Map("healthcheck"), "test"));
    }

    [Fact]
    public void Compose_waits_longer_than_the_hosts_shutdown_timeout_before_sigkill()
    {
        var shutdown = TimeSpan.Parse(ComposeFile.Environment("briefbot").GetValueOrDefault("HostOptions__ShutdownTimeout") ?? Image.Environment["HostOptions__ShutdownTimeout"], CultureInfo.InvariantCulture);
        var grace = Systemd.SystemdTimeSpan.Parse(ComposeFile.Service("briefbot").Text("stop_grace_period") ?? "10s");

        Assert.True(grace > shutdown, $"stop_grace_period {grace} <= HostOptions__ShutdownTimeout {shutdown}");
    }

    [Fact]
    public void Postgres_runs_only_with_its_profile_and_is_checked_with_pg_isready()
    {
        var postgres = ComposeFile.Service("postgres");

        Assert.Equal(["postgres"], ComposeFile.Strings(postgres, "profiles"));
        Assert.Matches(@"^postgres:1[67](\.|$)", postgres.Text("image"));
        Assert.Contains("pg_isready", string.Join(' ', ComposeFile.Strings(postgres.Map("healthcheck"), "test")), StringComparison.Ordinal);
        Assert.Contains("/var/lib/postgresql/data", ComposeFile.Volumes("postgres").Keys);
    }

    [Fact]
    public void The_bots_connection_string_points_at_the_compose_postgres_service()
    {
        var postgres = ComposeFile.Environment("postgres");
        var connection = new DbConnectionStringBuilder { ConnectionString = ComposeFile.Environment("briefbot")["Storage__ConnectionString"] };
        var dependency = ComposeFile.Service("briefbot").Map("depends_on").Map("postgres");

        Assert.Equal("postgres", connection["Host"]);
        Assert.Equal(postgres["POSTGRES_DB"], connection["Database"]);
        Assert.Equal(postgres["POSTGRES_USER"], connection["Username"]);
        Assert.Equal(postgres["POSTGRES_PASSWORD"], connection["Password"]);
        Assert.Equal("service_healthy", dependency.Text("condition"));
        // Without the profile the bot must still start, on SQLite.
        Assert.Equal("false", dependency.Text("required"));
    }

    [Fact]
    public void The_env_example_leaves_sqlite_as_the_default_store()
    {
        var example = EnvFile.Read(Path.Combine(Repository.Deploy, "briefbot.env.example")).ToDictionary(p => p.Key, p => p.Value);

        Assert.Equal("Sqlite", example["Storage__Provider"]);
    }
}
