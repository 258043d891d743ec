using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BriefBot.Discord.Tests.Fakes;

/// <summary>A logger provider that keeps every line, to check what was (and was not) logged.</summary>
public sealed class RecordingLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, EventId Id, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public bool Any(LogLevel level, string contains) =>
        Entries.Any(e => e.Level == level && e.Message.Contains(contains, StringComparison.Ordinal));

    public void Dispose()
    {
    }

    private sealed class Logger(RecordingLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Entries.Enqueue((logLevel, category, eventId, formatter(state, exception), exception));
    }
}
