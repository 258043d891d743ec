using System.ComponentModel;
using System.Reflection;
using BriefBot.Cli;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;

namespace BriefBot.Deploy.Tests.Settings;

/// <summary>
/// What a <c>Section__Key</c> environment variable binds to: found by reflection over every options class of the app
/// (a class with a <c>const string Section</c>, in the host or any BriefBot assembly it references) and the framework
/// sections the host binds (HostOptions, Logging:Console).
/// </summary>
internal static class SettingNames
{
    private static readonly Dictionary<string, List<Type>> Sections = FindSections();

    /// <summary>
    /// Switches the host reads straight from configuration (<c>GetValue&lt;bool&gt;("Health:Enabled")</c>), with no options
    /// class to reflect over; <see cref="SettingTests"/> checks the host's source still reads each of them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Type> ReadDirectly = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        ["Health:Enabled"] = typeof(bool),
        ["Console:Enabled"] = typeof(bool),
    };

    public static IReadOnlyCollection<string> KnownSections => Sections.Keys;

    /// <summary>The type of the property the setting binds to, or null when no options class has it.</summary>
    public static Type? Resolve(string name)
    {
        var path = name.Split("__");
        if (ReadDirectly.TryGetValue(string.Join(':', path), out var direct))
        {
            return direct;
        }

        if (path.Length > 2 && path[0] == "Logging" && path[1] == "Console")
        {
            return Walk(typeof(ConsoleLoggerOptions), path[2..]);
        }

        return Sections.TryGetValue(path[0], out var types)
            ? types.Select(t => Walk(t, path[1..])).FirstOrDefault(t => t is not null)
            : null;
    }

    /// <summary>Whether the configuration binder can turn the text into the property's type (enum names, bools, TimeSpans).</summary>
    public static bool Converts(Type type, string value)
    {
        try
        {
            TypeDescriptor.GetConverter(Nullable.GetUnderlyingType(type) ?? type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException || e.InnerException is FormatException)
        {
            return false;
        }
    }

    private static Type? Walk(Type type, string[] path)
    {
        foreach (var segment in path)
        {
            var property = type.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
        }

        return type;
    }

    private static Dictionary<string, List<Type>> FindSections()
    {
        var sections = new Dictionary<string, List<Type>>(StringComparer.OrdinalIgnoreCase)
        {
            ["HostOptions"] = [typeof(HostOptions)],
        };
        foreach (var type in BriefBotAssemblies().SelectMany(a => a.GetTypes()))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static) is { IsLiteral: true } field && field.GetRawConstantValue() is string section)
            {
                if (!sections.TryGetValue(section, out var types))
                {
                    sections[section] = types = [];
                }

                types.Add(type);
            }
        }

        return sections;
    }

    private static IEnumerable<Assembly> BriefBotAssemblies()
    {
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(BriefBotCommandLine).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            if (!found.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("BriefBot", StringComparison.Ordinal)))
            {
                pending.Enqueue(Assembly.Load(reference));
            }
        }

        return found.Values;
    }
}
