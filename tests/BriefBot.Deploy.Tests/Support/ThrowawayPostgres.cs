using System.Diagnostics;

namespace BriefBot.Deploy.Tests.Support;

/// <summary>
/// A PostgreSQL server in a temporary folder made as the postgres image makes one from POSTGRES_USER, POSTGRES_DB and
/// POSTGRES_PASSWORD: that user is the superuser, that database exists. Debian's binaries on a free loopback port;
/// as root it runs as the postgres user, since initdb and postgres refuse root. Stopped and deleted on dispose.
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string bin;
    private readonly TempFolder root = new("briefbot-deploy-postgres-");
    private readonly bool asPostgres = Environment.UserName == "root";

    private string password = "";

    private ThrowawayPostgres(string bin)
    {
        this.bin = bin;
    }

    public int Port { get; } = FreePort.Next();

    private string Data => Path.Combine(root.Path, "data");

    public static async Task<ThrowawayPostgres> StartAsync(string user, string database, string password)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        var server = new ThrowawayPostgres(bin ?? throw new InvalidOperationException("No PostgreSQL binaries under /usr/lib/postgresql: apt-get install postgresql (.ci/run does)."));
        server.password = password;
        var passwordFile = Path.Combine(server.root.Path, "password");
        await File.WriteAllTextAsync(passwordFile, password);
        if (server.asPostgres)
        {
            await server.RunAsync("/usr/bin/chown", "-R", "postgres:postgres", server.root.Path);
        }

        await server.RunAsync(Path.Combine(bin, "initdb"), "-D", server.Data, "-U", user, $"--pwfile={passwordFile}", "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync");
        var settings = $"-c port={server.Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={server.root.Path} -c fsync=off";
        await server.RunAsync(Path.Combine(bin, "pg_ctl"), "-D", server.Data, "-l", Path.Combine(server.root.Path, "server.log"), "-o", settings, "-w", "-t", "60", "start");
        await server.RunAsync(Path.Combine(bin, "createdb"), "-h", server.root.Path, "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", user, database);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            await RunAsync(Path.Combine(bin, "pg_ctl"), "-D", Data, "-m", "immediate", "-w", "stop");
        }

        root.Dispose();
    }

    /// <summary>psql's answer to one query, as the database user.</summary>
    public async Task<string> QueryAsync(string user, string database, string sql) =>
        (await RunAsync(Path.Combine(bin, "psql"), "-h", root.Path, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", user, "-d", database, "-At", "-c", sql)).Trim();

    private async Task<string> RunAsync(string program, params string[] arguments)
    {
        var viaRunuser = asPostgres && program.StartsWith(bin, StringComparison.Ordinal);
        var start = new ProcessStartInfo(viaRunuser ? "/usr/sbin/runuser" : program) { WorkingDirectory = root.Path };
        start.Environment["PGPASSWORD"] = password;
        if (viaRunuser)
        {
            new[] { "-u", "postgres", "--", program }.ToList().ForEach(start.ArgumentList.Add);
        }

        arguments.ToList().ForEach(start.ArgumentList.Add);
        var result = await ProcessRun.RunAsync(start, TimeSpan.FromMinutes(2));
        if (result.ExitCode != 0)
        {
            var log = Path.Combine(root.Path, "server.log");
            throw new InvalidOperationException($"{Path.GetFileName(program)}: {result}" + (File.Exists(log) ? "\n" + await File.ReadAllTextAsync(log) : ""));
        }

        return result.Output;
    }
}
