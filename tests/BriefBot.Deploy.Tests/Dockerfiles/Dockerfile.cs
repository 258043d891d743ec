namespace BriefBot.Deploy.Tests.Dockerfiles;

/// <summary>
/// A Dockerfile read the way Docker reads it, for the instructions deploy/Dockerfile uses: comments (parser directives
/// included) and blank lines dropped, also inside a continuation; a trailing backslash joins the next line.
/// </summary>
internal sealed record Dockerfile(IReadOnlyList<Stage> Stages)
{
    public static Dockerfile Deployed { get; } = Read(Support.Repository.File("deploy", "Dockerfile"));

    /// <summary>The stage the image is made of: the last one.</summary>
    public Stage Runtime => Stages[^1];

    public Stage Named(string name) => Stages.Single(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public static Dockerfile Read(string path)
    {
        var instructions = new List<Instruction>();
        var pending = "";
        var startLine = 0;
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (pending.Length == 0)
            {
                startLine = i + 1;
            }

            var continued = line.EndsWith('\\');
            pending += (pending.Length > 0 ? " " : "") + (continued ? line[..^1].TrimEnd() : line);
            if (!continued)
            {
                var space = pending.IndexOf(' ', StringComparison.Ordinal);
                instructions.Add(new Instruction(pending[..space].ToUpperInvariant(), pending[(space + 1)..].Trim(), startLine));
                pending = "";
            }
        }

        var stages = new List<Stage>();
        foreach (var instruction in instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                var words = instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var name = words.Length == 3 && words[1].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
                stages.Add(new Stage(words[0], name, []));
            }
            else
            {
                var last = stages.Count > 0 ? stages[^1] : throw new FormatException($"line {instruction.Line}: {instruction.Keyword} before FROM");
                stages[^1] = last with { Instructions = [.. last.Instructions, instruction] };
            }
        }

        return new Dockerfile(stages);
    }
}
