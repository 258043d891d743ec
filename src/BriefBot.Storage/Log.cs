using Microsoft.Extensions.Logging;

namespace BriefBot.Storage;

internal static partial class Log
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Information, Message = "Storage ready in {Database}, schema version {SchemaVersion}")]
    public static partial void Ready(ILogger logger, string database, int schemaVersion);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Migrated {Database} from schema version {FromVersion} to {ToVersion}")]
    public static partial void Migrated(ILogger logger, string database, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 502, Level = LogLevel.Debug, Message = "Claimed digest {Digest} due {DueAt:O}")]
    public static partial void RunClaimed(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 503, Level = LogLevel.Debug, Message = "Digest {Digest} due {DueAt:O} is already claimed, posted or skipped")]
    public static partial void RunTaken(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 504, Level = LogLevel.Warning, Message = "Digest {Digest} due {DueAt:O} was not released: it was not claimed")]
    public static partial void ReleaseIgnored(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 505, Level = LogLevel.Warning, Message = "Digest {Digest} due {DueAt:O} was not marked skipped: it was already posted or skipped")]
    public static partial void SkipIgnored(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 506, Level = LogLevel.Information, Message = "Created secret {SecretName}")]
    public static partial void SecretCreated(ILogger logger, string secretName);

    [LoggerMessage(EventId = 507, Level = LogLevel.Information, Message = "{Database} flushed and closed")]
    public static partial void Flushed(ILogger logger, string database);
}
