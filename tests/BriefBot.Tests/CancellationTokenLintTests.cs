using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Tests;

/// <summary>
/// SlackNet's API lint, over every BriefBot assembly: each async method that is not private takes a
/// CancellationToken as its last parameter, and a public method of a public type makes it optional.
/// </summary>
public sealed class CancellationTokenLintTests
{
    // By name, so a store or adapter that is reorganised stays covered without naming its types here.
    public static TheoryData<string> Assemblies =>
        new("BriefBot.Core", "BriefBot.Web", "BriefBot.Slack", "BriefBot.Discord", "BriefBot.Storage.Sqlite", "BriefBot.Storage.Postgres", "BriefBot");

    /// <summary>
    /// Known exceptions outside the pipeline's area, for their owners to fix (then remove them here):
    /// KnowledgeWatcher.CheckAsync takes the token first (Core/Knowledge); CommandHost.StartAsync takes none (Cli).
    /// </summary>
    private static readonly string[] Pending = ["KnowledgeWatcher.CheckAsync", "CommandHost.StartAsync"];

    /// <summary>
    /// Where public APIs already make the token optional; knowledge, matching, storage and the CLI have public methods
    /// with a required token still, for their owners to bring in (then widen this to every namespace).
    /// </summary>
    private static readonly string[] OptionalChecked = ["BriefBot.Core.Chat", "BriefBot.Core.Operations", "BriefBot.Web", "BriefBot.Slack", "BriefBot.Discord"];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Every_async_method_takes_a_cancellation_token_last(string assembly)
    {
        var methods = Assembly.Load(assembly).GetTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !t.IsSubclassOf(typeof(Delegate)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            // DisposeAsync and the dispose pattern's DisposeAsyncCore take no token by the framework's design.
            .Where(m => !m.IsPrivate && !m.IsSpecialName && IsAsync(m.ReturnType) && m.Name != nameof(IAsyncDisposable.DisposeAsync) && m.Name != "DisposeAsyncCore")
            .Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(HttpContext)))
            .ToList();

        var notLast = methods.Where(m => m.GetParameters() is not [.., { } last] || last.ParameterType != typeof(CancellationToken)).Select(Name).ToList();
        var notOptional = methods
            .Where(m => m.IsPublic && m.DeclaringType!.IsPublic && !m.DeclaringType.IsInterface && m.GetBaseDefinition() == m && !Implements(m))
            .Where(m => OptionalChecked.Any(n => m.DeclaringType!.Namespace?.StartsWith(n, StringComparison.Ordinal) == true))
            .Where(m => m.GetParameters() is [.., { ParameterType: var type, IsOptional: false }] && type == typeof(CancellationToken))
            .Select(Name).ToList();

        Assert.Empty(notLast.Except(Pending));
        Assert.Empty(notOptional);
    }

    /// <summary>An interface's method keeps the interface's signature; the interface is where the default belongs.</summary>
    private static bool Implements(MethodInfo method) =>
        method.DeclaringType!.GetInterfaces().Any(i => method.DeclaringType.GetInterfaceMap(i).TargetMethods.Contains(method));

    private static string Name(MethodInfo method) => $"{method.DeclaringType!.Name}.{method.Name}";

    private static bool IsAsync(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask)
        || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)));
}
