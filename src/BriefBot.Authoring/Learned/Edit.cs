namespace BriefBot.Authoring.Learned;

/// <summary>What became of an edit: done (with its result), refused for bad input, or aimed at no such entry.</summary>
public sealed record Edit<T>(T? Value, InputError? Error, bool NotFound = false)
{
    public bool Done => Error is null && !NotFound;

    public static Edit<T> Of(T value) => new(value, null);

    public static Edit<T> Invalid(string field, string message) => new(default, new InputError(field, message));

    /// <summary>Aimed at nothing: no <paramref name="what"/> (e.g. "learned entry") has that id.</summary>
    public static Edit<T> Missing(string field, string what, string id) => new(default, new InputError(field, $"No {what} has the id \"{id}\"."), true);
}
