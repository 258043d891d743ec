using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace BriefBot.Storage.Postgres.Tests;

/// <summary>
/// A PostgreSQL server of its own in a temporary folder: initdb, then pg_ctl start on a free loopback port with the
/// socket in that folder, so it touches nothing system-wide; stopped and deleted on dispose. As root it runs as the
/// postgres user, since initdb and postgres refuse to run as root. Durability is off: the data is thrown away.
/// </summary>
internal sealed class ThrowawayServer : IDisposable
{
    private readonly string bin;
    private readonly string root;
    private readonly bool asPostgres = Environment.UserName == "root";

    private ThrowawayServer(string bin, string root)
    {
        this.bin = bin;
        this.root = root;
    }

    /// <summary>The superuser's connection string; the password is a real one, so login failures can be tested.</summary>
    public string ConnectionString { get; private set; } = "";

    private string Data => Path.Combine(root, "data");

    /// <summary>Starts a server whose superuser is <paramref name="user"/>, with <paramref name="password"/> or a random one.</summary>
    public static async Task<ThrowawayServer> StartAsync(string user = "briefbot_test", string? password = null)
    {
        var bin = PostgresAvailability.FindBinaries() ?? throw new InvalidOperationException(PostgresAvailability.Reason);
        var root = Directory.CreateTempSubdirectory("briefbot-postgres-").FullName;
        var server = new ThrowawayServer(bin, root);
        try
        {
            await server.InitAndStartAsync(user, password ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(12)));
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (File.Exists(Path.Combine(Data, "postmaster.pid")))
        {
            // Immediate: the data is thrown away, and a smart shutdown would wait for pooled connections to close.
            RunAsync(Path.Combine(bin, "pg_ctl"), "-D", Data, "-m", "immediate", "-w", "stop").GetAwaiter().GetResult();
        }

        Directory.Delete(root, recursive: true);
    }

    private async Task InitAndStartAsync(string user, string password)
    {
        var passwordFile = Path.Combine(root, "password");
        await File.WriteAllTextAsync(passwordFile, password);
        if (asPostgres)
        {
            await RunAsync("/usr/bin/chown", "-R", "postgres:postgres", root);
        }

        await RunAsync(Path.Combine(bin, "initdb"), "-D", Data, "-U", user, $"--pwfile={passwordFile}", "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync");
        var port = FreePort();
        var settings = $"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        await RunAsync(Path.Combine(bin, "pg_ctl"), "-D", Data, "-l", Path.Combine(root, "server.log"), "-o", settings, "-w", "-t", "60", "start");
        ConnectionString = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = user, Password = password, Database = "postgres" }.ToString();
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(asPostgres && program.StartsWith(bin, StringComparison.Ordinal) ? "/usr/sbin/runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        if (start.FileName == "/usr/sbin/runuser")
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(root, "server.log");
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {await errors}{await output}" +
                (File.Exists(log) ? $"\nServer log:\n{await File.ReadAllTextAsync(log)}" : ""));
        }
    }
}
