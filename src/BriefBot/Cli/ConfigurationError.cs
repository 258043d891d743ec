using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BriefBot.Cli;

/// <summary>
/// A setting that cannot be used, as one line naming it: a value out of range (options validation) or of the wrong
/// type (the configuration binder's conversion error, which is otherwise an unhandled exception with a stack trace).
/// </summary>
internal static partial class ConfigurationError
{
    /// <summary>The line for <paramref name="exception"/> (or an exception inside it), or null when it is not about a setting.</summary>
    public static string? Describe(Exception exception)
    {
        for (var e = exception; e is not null; e = e is AggregateException { InnerExceptions.Count: > 0 } a ? a.InnerExceptions[0] : e.InnerException)
        {
            switch (e)
            {
                case OptionsValidationException validation:
                    return string.Join("; ", validation.Failures);
                case InvalidOperationException when Conversion().Match(e.Message) is { Success: true } m:
                    return $"{m.Groups["path"].Value} must be {Expected(m.Groups["type"].Value)} (got '{m.Groups["value"].Value}').";
                case InvalidOperationException when LogLevelValue().Match(e.Message) is { Success: true } m:
                    return $"Logging:LogLevel:{(m.Groups["category"].Success ? m.Groups["category"].Value : "*")} must be one of {string.Join(", ", Enum.GetNames<Microsoft.Extensions.Logging.LogLevel>())} (got '{m.Groups["value"].Value}').";
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>What a value of the type looks like, in a user's words.</summary>
    private static string Expected(string typeName)
    {
        var type = Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        if (type is not null && Nullable.GetUnderlyingType(type) is { } underlying)
        {
            type = underlying;
        }

        return type switch
        {
            null => "a " + typeName,
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(TimeSpan) => "a time span such as 00:00:05",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number",
            _ when type == typeof(Uri) => "an absolute URL",
            _ => string.Create(CultureInfo.InvariantCulture, $"a {type.Name}"),
        };
    }

    // Microsoft.Extensions.Configuration.Binder: "Failed to convert configuration value 'abc' at 'Matching:Threshold' to type 'System.Int32'."
    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex Conversion();

    // Microsoft.Extensions.Logging: "Configuration value 'loud' is not supported." (with the category in some versions).
    [GeneratedRegex(@"^Configuration value '(?<value>.*)' (for category '(?<category>[^']+)' )?is (not supported|unsupported)", RegexOptions.Singleline)]
    private static partial Regex LogLevelValue();
}
