using System.Collections.Concurrent;

namespace BriefBot.Core.Matching;

/// <summary>
/// A thread-safe memo of a per-word computation, cleared whole when it reaches its bound: questions bring an
/// unbounded vocabulary, and a crude bound costs one recomputation per word now and then.
/// </summary>
internal sealed class WordMemo<T>(int capacity)
{
    private readonly ConcurrentDictionary<string, T> values = new(StringComparer.Ordinal);

    public T Get(string word, Func<string, T> compute)
    {
        if (values.TryGetValue(word, out var value))
        {
            return value;
        }

        if (values.Count >= capacity)
        {
            values.Clear();
        }

        value = compute(word);
        values.TryAdd(word, value);
        return value;
    }
}
