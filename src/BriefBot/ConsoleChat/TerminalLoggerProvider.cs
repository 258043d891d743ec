using System.Collections.Concurrent;
using BriefBot.Cli;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace BriefBot.ConsoleChat;

/// <summary>
/// Console logging for someone typing questions in a terminal. The standard console logger writes from a background
/// queue, so a start-up line could land after the first prompt and overwrite it; this one writes each line before the
/// call returns, through the configured console formatter (simple, json or systemd), to the console's error stream.
/// </summary>
internal sealed class TerminalLoggerProvider(IEnumerable<ConsoleFormatter> formatters, IOptionsMonitor<ConsoleLoggerOptions> options, CliConsole console)
    : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentDictionary<string, TerminalLogger> loggers = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ILogger CreateLogger(string categoryName) => loggers.GetOrAdd(categoryName, name => new TerminalLogger(name, this));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() => loggers.Clear();

    private ConsoleFormatter Formatter()
    {
        var name = options.CurrentValue.FormatterName ?? ConsoleFormatterNames.Simple;
        return formatters.FirstOrDefault(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? formatters.First(f => f.Name == ConsoleFormatterNames.Simple);
    }

    private void Write<TState>(in LogEntry<TState> entry)
    {
        using var text = new StringWriter();
        Formatter().Write(entry, scopes, text);
        lock (gate)
        {
            console.Error.Write(text.ToString());
            console.Error.Flush();
        }
    }

    private sealed class TerminalLogger(string category, TerminalLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write(new LogEntry<TState>(logLevel, category, eventId, state, exception, formatter));
            }
        }
    }
}
