using Microsoft.Extensions.Logging;

namespace BriefBot.Authoring;

/// <summary>The console's log lines. Author names are not secret; tokens, cookies and question text never appear.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "Authoring console: {Author} signed in")]
    public static partial void SignedIn(ILogger logger, string author);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Authoring console: a sign-in was refused (no author has that token)")]
    public static partial void SignInRefused(ILogger logger);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Authoring console: sign-ins from one address are held back for {RetryAfter} after too many failures")]
    public static partial void SignInThrottled(ILogger logger, TimeSpan retryAfter);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Authoring console: {Author} signed out")]
    public static partial void SignedOut(ILogger logger, string author);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Authoring console: a form post without a valid antiforgery token was refused")]
    public static partial void AntiforgeryRefused(ILogger logger);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Authoring console: {Author} added learned entry {EntryId}")]
    public static partial void EntryAdded(ILogger logger, string author, string entryId);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Authoring console: {Author} edited learned entry {EntryId}")]
    public static partial void EntryEdited(ILogger logger, string author, string entryId);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "Authoring console: {Author} deleted learned entry {EntryId}")]
    public static partial void EntryDeleted(ILogger logger, string author, string entryId);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Information, Message = "Authoring console: {Author} taught a phrasing to entry {EntryId}")]
    public static partial void PhrasingAdded(ILogger logger, string author, string entryId);

    [LoggerMessage(EventId = 5014, Level = LogLevel.Information, Message = "Authoring console: {Author} removed taught phrasing {PhrasingId}")]
    public static partial void PhrasingDeleted(ILogger logger, string author, long phrasingId);

    [LoggerMessage(EventId = 5015, Level = LogLevel.Debug, Message = "Authoring console: tried {Question}")]
    public static partial void Tried(ILogger logger, string question);
}
