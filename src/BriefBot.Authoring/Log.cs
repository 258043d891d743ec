using Microsoft.Extensions.Logging;

namespace BriefBot.Authoring;

/// <summary>The console's log lines. Author names are not secret; tokens, cookies and question text never appear.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 900, Level = LogLevel.Information, Message = "Authoring console: {Author} signed in")]
    public static partial void SignedIn(ILogger logger, string author);

    [LoggerMessage(EventId = 901, Level = LogLevel.Warning, Message = "Authoring console: a sign-in was refused (no author has that token)")]
    public static partial void SignInRefused(ILogger logger);

    [LoggerMessage(EventId = 902, Level = LogLevel.Warning, Message = "Authoring console: sign-ins from one address are held back for {RetryAfter} after too many failures")]
    public static partial void SignInThrottled(ILogger logger, TimeSpan retryAfter);

    [LoggerMessage(EventId = 903, Level = LogLevel.Information, Message = "Authoring console: {Author} signed out")]
    public static partial void SignedOut(ILogger logger, string author);

    [LoggerMessage(EventId = 904, Level = LogLevel.Warning, Message = "Authoring console: a form post without a valid antiforgery token was refused")]
    public static partial void AntiforgeryRefused(ILogger logger);

    [LoggerMessage(EventId = 910, Level = LogLevel.Information, Message = "Authoring console: {Author} added learned entry {EntryId}")]
    public static partial void EntryAdded(ILogger logger, string author, string entryId);

    [LoggerMessage(EventId = 911, Level = LogLevel.Information, Message = "Authoring console: {Author} edited learned entry {EntryId}")]
    public static partial void EntryEdited(ILogger logger, string author, string entryId);

    [LoggerMessage(EventId = 912, Level = LogLevel.Information, Message = "Authoring console: {Author} deleted learned entry {EntryId}")]
    public static partial void EntryDeleted(ILogger logger, string author, string entryId);

    [LoggerMessage(EventId = 913, Level = LogLevel.Information, Message = "Authoring console: {Author} taught a phrasing to entry {EntryId}")]
    public static partial void PhrasingAdded(ILogger logger, string author, string entryId);

    [LoggerMessage(EventId = 914, Level = LogLevel.Information, Message = "Authoring console: {Author} removed taught phrasing {PhrasingId}")]
    public static partial void PhrasingDeleted(ILogger logger, string author, long phrasingId);

    [LoggerMessage(EventId = 915, Level = LogLevel.Debug, Message = "Authoring console: tried {Question}")]
    public static partial void Tried(ILogger logger, string question);
}
