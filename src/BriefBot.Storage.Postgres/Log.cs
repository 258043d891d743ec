using Microsoft.Extensions.Logging;

namespace BriefBot.Storage.Postgres;

internal static partial class Log
{
    [LoggerMessage(EventId = 540, Level = LogLevel.Information, Message = "Storage ready in PostgreSQL database {Database}, schema version {SchemaVersion}")]
    public static partial void Ready(ILogger logger, string database, int schemaVersion);

    [LoggerMessage(EventId = 541, Level = LogLevel.Information, Message = "Migrated PostgreSQL database {Database} from schema version {FromVersion} to {ToVersion}")]
    public static partial void Migrated(ILogger logger, string database, int fromVersion, int toVersion);

    [LoggerMessage(EventId = 542, Level = LogLevel.Debug, Message = "Claimed digest {Digest} due {DueAt:O}")]
    public static partial void RunClaimed(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 543, Level = LogLevel.Debug, Message = "Digest {Digest} due {DueAt:O} is already claimed, posted or skipped")]
    public static partial void RunTaken(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 544, Level = LogLevel.Warning, Message = "Digest {Digest} due {DueAt:O} was not released: it was not claimed")]
    public static partial void ReleaseIgnored(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 545, Level = LogLevel.Warning, Message = "Digest {Digest} due {DueAt:O} was not marked skipped: it was already posted or skipped")]
    public static partial void SkipIgnored(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 546, Level = LogLevel.Information, Message = "Created secret {SecretName}")]
    public static partial void SecretCreated(ILogger logger, string secretName);
}
