namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>A build stage: <c>FROM image AS name</c> and its instructions, with what the runtime image keeps from them.</summary>
internal sealed record Stage(string BaseImage, string? Name, IReadOnlyList<Instruction> Instructions)
{
    public IEnumerable<Instruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    public Instruction? Last(string keyword) => All(keyword).LastOrDefault();

    /// <summary>Every ENV of the stage, later ones winning, as the container's environment gets them.</summary>
    public IReadOnlyDictionary<string, string> Environment
    {
        get
        {
            var env = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var instruction in All("ENV"))
            {
                foreach (var word in Words(instruction.Arguments))
                {
                    var parts = word.Split('=', 2);
                    env[parts[0]] = parts.Length > 1 ? parts[1] : "";
                }
            }

            return env;
        }
    }

    public string WorkingDirectory => Last("WORKDIR")?.Arguments ?? "/";

    public IReadOnlyList<string> Entrypoint => Instruction.ExecForm(Last("ENTRYPOINT")?.Arguments ?? "[]");

    public IReadOnlyList<string> Volumes => [.. All("VOLUME").SelectMany(v => Instruction.ExecForm(v.Arguments))];

    public IReadOnlyList<int> ExposedPorts =>
        [.. All("EXPOSE").SelectMany(e => e.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(p => int.Parse(p.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture))];

    public string? User => Last("USER")?.Arguments;

    /// <summary>The HEALTHCHECK's command (after CMD) in exec form.</summary>
    public IReadOnlyList<string> HealthCheck
    {
        get
        {
            var (_, rest) = Last("HEALTHCHECK")?.SplitFlags() ?? (new Dictionary<string, string>(), "");
            return rest.StartsWith("CMD ", StringComparison.Ordinal) ? Instruction.ExecForm(rest[4..]) : [];
        }
    }

    /// <summary>Whitespace-separated words, double quotes grouping (ENV a="b c").</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }
            else
            {
                word.Append(c);
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
