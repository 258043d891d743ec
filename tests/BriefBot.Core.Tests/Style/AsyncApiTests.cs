using System.Reflection;

namespace BriefBot.Core.Tests.Style;

/// <summary>Every public asynchronous API of the core takes a CancellationToken, so callers can always stop the work.</summary>
public sealed class AsyncApiTests
{
    [Fact]
    public void Every_public_async_method_takes_a_cancellation_token()
    {
        var missing = typeof(BriefBot.Core.Knowledge.KnowledgeBase).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(Task).IsAssignableFrom(m.ReturnType) || (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>)) || m.ReturnType == typeof(ValueTask))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(CancellationToken)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();

        Assert.Empty(missing);
    }
}
