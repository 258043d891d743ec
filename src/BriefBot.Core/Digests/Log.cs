using Microsoft.Extensions.Logging;

namespace BriefBot.Core.Digests;

internal static partial class Log
{
    [LoggerMessage(EventId = 520, Level = LogLevel.Information, Message = "Digest {Digest} posted to {Platform} channel {ChannelId} (due {DueAt:u})")]
    public static partial void Posted(ILogger logger, string digest, string platform, string channelId, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 521, Level = LogLevel.Information, Message = "Digest {Digest} due {DueAt:u} was already posted or claimed; not posting it again")]
    public static partial void AlreadyTaken(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 522, Level = LogLevel.Warning, Message = "Digest {Digest} due {DueAt:u} was missed while the bot was down ({Late} late, {Count} missed) and is past its catch-up window: skipped")]
    public static partial void Skipped(ILogger logger, string digest, DateTimeOffset dueAt, TimeSpan late, int count);

    [LoggerMessage(EventId = 523, Level = LogLevel.Information, Message = "Digest {Digest} due {DueAt:u} was missed while the bot was down ({Late} late): posting it now")]
    public static partial void CatchingUp(ILogger logger, string digest, DateTimeOffset dueAt, TimeSpan late);

    [LoggerMessage(EventId = 524, Level = LogLevel.Error, Message = "Digest {Digest} due {DueAt:u} could not be posted (attempt {Attempt}); it will be retried")]
    public static partial void PostFailed(ILogger logger, string digest, DateTimeOffset dueAt, int attempt, Exception exception);

    [LoggerMessage(EventId = 525, Level = LogLevel.Error, Message = "Digest {Digest} due {DueAt:u}: the store could not record the run; it will be retried")]
    public static partial void StoreFailed(ILogger logger, string digest, DateTimeOffset dueAt, Exception exception);

    [LoggerMessage(EventId = 526, Level = LogLevel.Error, Message = "Digest {Digest} due {DueAt:u} could not be posted within its catch-up window; giving up on this run")]
    public static partial void GaveUp(ILogger logger, string digest, DateTimeOffset dueAt);

    [LoggerMessage(EventId = 527, Level = LogLevel.Information, Message = "Digest {Digest} due {DueAt:u} is being posted by another process; taking it over if its claim is still open at {LeaseExpires:u}")]
    public static partial void WatchingLease(ILogger logger, string digest, DateTimeOffset dueAt, DateTimeOffset leaseExpires);

    [LoggerMessage(EventId = 528, Level = LogLevel.Error, Message = "Digest {Digest} due {DueAt:u} was posted, but the store could not record it; the next digest's \"what changed\" may repeat its facts")]
    public static partial void RecordFailed(ILogger logger, string digest, DateTimeOffset dueAt, Exception exception);

    [LoggerMessage(EventId = 529, Level = LogLevel.Error, Message = "Digest {Digest}: the store could not be read to catch up on runs missed while the bot was down; trying again at {RetryAt:u}")]
    public static partial void CatchUpFailed(ILogger logger, string digest, DateTimeOffset retryAt, Exception exception);
}
