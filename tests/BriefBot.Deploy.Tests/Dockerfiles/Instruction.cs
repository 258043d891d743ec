namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>One Dockerfile instruction, continuation lines joined: <c>COPY --from=build /publish ./</c> is ("COPY", "--from=build /publish ./").</summary>
internal sealed record Instruction(string Keyword, string Arguments, int Line)
{
    /// <summary>The leading <c>--name=value</c> flags (COPY --from, HEALTHCHECK --interval) and what follows them.</summary>
    public (IReadOnlyDictionary<string, string> Flags, string Remainder) SplitFlags()
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = Arguments;
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOf(' ', StringComparison.Ordinal);
            var flag = end < 0 ? rest : rest[..end];
            var parts = flag[2..].Split('=', 2);
            flags[parts[0]] = parts.Length > 1 ? parts[1] : "";
            rest = end < 0 ? "" : rest[(end + 1)..].TrimStart();
        }

        return (flags, rest);
    }

    /// <summary>The exec (JSON array) form of ENTRYPOINT, CMD, VOLUME, HEALTHCHECK CMD; the shell form is not used in deploy/Dockerfile.</summary>
    public static IReadOnlyList<string> ExecForm(string arguments) =>
        arguments.TrimStart().StartsWith('[')
            ? System.Text.Json.JsonSerializer.Deserialize<string[]>(arguments) ?? []
            : throw new FormatException("Expected the exec form [\"…\"], got: " + arguments);
}
