using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;
using BriefBot.Cli;

namespace BriefBot.Tests.Hosting;

/// <summary>
/// The real bot, started in-process through its command line with the web server on a free loopback port; questions
/// are typed on its console one at a time. Stopped (as Ctrl+C would) on dispose.
/// </summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<string> typed = Channel.CreateUnbounded<string>();
    private readonly StringWriter output = new();
    private readonly Task<int> run;

    private RunningBot(int port, IEnumerable<string> args)
    {
        Port = port;
        run = BriefBotCommandLine.RunAsync(
            // Lexical unless a test says otherwise: these tests assert the host and its replies, fast and without the model.
            ["--Matching:Semantic=false", .. args, "--Health:Enabled=true", $"--Urls=http://127.0.0.1:{port}"],
            new CliConsole(new TypedInput(typed.Reader, stop.Token), output, TextWriter.Null, InputIsRedirected: true),
            stop.Token);
    }

    public int Port { get; }

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<RunningBot> StartAsync(params string[] args)
    {
        var bot = new RunningBot(FreePort(), args);
        for (var i = 0; i < 200; i++)
        {
            if (bot.run.IsCompleted)
            {
                throw new InvalidOperationException("The bot stopped while starting, exit code " + await bot.run);
            }

            try
            {
                using var response = await bot.Http.GetAsync(bot.Url("/healthz"));
                return bot;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("The bot's web server did not start within 10 s.");
    }

    /// <summary>Types a question and waits for its reply on standard output.</summary>
    public async Task<string> AskAsync(string question)
    {
        var before = output.ToString().Length;
        await typed.Writer.WriteAsync(question);
        for (var i = 0; i < 200; i++)
        {
            var now = output.ToString();
            if (now.Length > before && now.EndsWith("\n\n", StringComparison.Ordinal))
            {
                return now[before..];
            }

            await Task.Delay(25);
        }

        throw new TimeoutException("No reply to: " + question);
    }

    public async Task<int> StopAsync()
    {
        await stop.CancelAsync();
        return await run;
    }

    public async ValueTask DisposeAsync()
    {
        if (!run.IsCompleted)
        {
            await StopAsync();
        }

        stop.Dispose();
        Http.Dispose();
        await output.DisposeAsync();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Standard input that stays open like a terminal's, giving the lines the test types.</summary>
    private sealed class TypedInput(ChannelReader<string> lines, CancellationToken stop) : TextReader
    {
        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(stop, cancellationToken);
            try
            {
                return await lines.ReadAsync(both.Token);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }
}
