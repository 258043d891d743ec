using BriefBot.Cli;
using BriefBot.Core.Chat;
using BriefBot.Core.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefBot.ConsoleChat;

/// <summary>
/// Questions typed on standard input, replies on standard output; at end of input the host stops cleanly. A
/// question that fails is reported and the loop goes on.
/// </summary>
internal sealed partial class ConsoleQuestions(
    CliConsole console,
    IAnswerer answerer,
    IHostApplicationLifetime lifetime,
    BriefBotMetrics metrics,
    TimeProvider time,
    ILogger<ConsoleQuestions> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interactive = !console.InputIsRedirected;
        if (interactive)
        {
            // The prompt comes after the start-up log lines, not among them.
            if (!await StartedAsync(stoppingToken).ConfigureAwait(false))
            {
                return;
            }

            await console.Error.WriteLineAsync("BriefBot is ready. Ask a question (Ctrl+D to quit).").ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await console.Out.WriteAsync("> ").ConfigureAwait(false);
                await console.Out.FlushAsync(stoppingToken).ConfigureAwait(false);
            }

            string? line;
            try
            {
                line = await console.In.ReadLineAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (line is null)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var arrived = time.GetTimestamp();
            try
            {
                var reply = await answerer.AnswerAsync(new Question(line, ConsoleChatAdapter.PlatformName, ConsoleChatAdapter.PlatformName, Environment.UserName), stoppingToken).ConfigureAwait(false);
                await console.Out.WriteLineAsync(ReplyText.Render(reply) + "\n").ConfigureAwait(false);
                await console.Out.FlushAsync(stoppingToken).ConfigureAwait(false);
                metrics.ReplySent(ConsoleChatAdapter.PlatformName, time.GetElapsedTime(arrived));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.QuestionFailed(logger, e);
            }
        }

        lifetime.StopApplication();
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetResult()))
        {
            await started.Task.ConfigureAwait(false);
        }

        return !stoppingToken.IsCancellationRequested;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 30, Level = LogLevel.Error, Message = "Could not answer a console question")]
        public static partial void QuestionFailed(ILogger logger, Exception exception);
    }
}
