using Microsoft.Extensions.Logging;

namespace BriefBot.Storage;

internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Storage ready in {Database}, schema version {SchemaVersion}")]
    public static partial void Ready(ILogger logger, string database, int schemaVersion);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Migrated {Database} from schema version {FromVersion} to {ToVersion}")]
    public static partial void Migrated(ILogger logger, string database, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Claimed digest {Digest} due {DueAt:O}")]
    public static partial void RunClaimed(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Digest {Digest} due {DueAt:O} is already claimed, posted or skipped")]
    public static partial void RunTaken(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Digest {Digest} due {DueAt:O} was not released: it was not claimed")]
    public static partial void ReleaseIgnored(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Digest {Digest} due {DueAt:O} was not marked skipped: it was already posted or skipped")]
    public static partial void SkipIgnored(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Created secret {SecretName}")]
    public static partial void SecretCreated(ILogger logger, string secretName);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "{Database} flushed and closed")]
    public static partial void Flushed(ILogger logger, string database);
}
