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
        new("BriefBot.Core", "BriefBot.Web", "BriefBot.Slack", "BriefBot.Discord", "BriefBot.Storage", "BriefBot.Storage.Sqlite", "BriefBot.Storage.Postgres", "BriefBot.Authoring", "BriefBot.Embeddings", "BriefBot");

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

        // An override keeps its base's signature: ASP.NET Core's AuthenticationHandler methods take no token.
        var notLast = methods.Where(m => m.GetBaseDefinition() == m).Where(m => m.GetParameters() is not [.., { } last] || last.ParameterType != typeof(CancellationToken)).Select(Name).ToList();
        var notOptional = methods
            .Where(m => m.IsPublic && m.DeclaringType!.IsPublic && !m.DeclaringType.IsInterface && m.GetBaseDefinition() == m && !Implements(m))
            .Where(m => m.GetParameters() is [.., { ParameterType: var type, IsOptional: false }] && type == typeof(CancellationToken))
            .Select(Name).ToList();

        Assert.True(notLast.Count == 0, "Token not last: " + string.Join(", ", notLast));
        Assert.True(notOptional.Count == 0, "Token not optional: " + string.Join(", ", notOptional));
    }

    /// <summary>An interface's method keeps the interface's signature; the interface is where the default belongs.</summary>
    private static bool Implements(MethodInfo method) =>
        method.DeclaringType!.GetInterfaces().Any(i => method.DeclaringType.GetInterfaceMap(i).TargetMethods.Contains(method));

    private static string Name(MethodInfo method) => $"{method.DeclaringType!.Name}.{method.Name}";

    private static bool IsAsync(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask)
        || (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)));
}
