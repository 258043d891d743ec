namespace BriefBot.Core.Storage;

/// <summary>
/// What every store throws when it cannot do what was asked (unreachable, locked, read-only, a newer schema). Its
/// message names the database and the reason, never a password, so it can be shown to an operator as it is.
/// </summary>
public abstract class StoreFailureException(string message, Exception? innerException) : Exception(message, innerException);
