namespace BriefBot.Core.Evaluation;

/// <summary>
/// Reads a question file: <c>question&lt;TAB&gt;expected</c> per line, where expected is <c>|</c>-separated phrases
/// or <c>NONE</c>; lines starting with <c>#</c> and blank lines are skipped.
/// </summary>
public static class EvalQuestionFile
{
    public static async Task<IReadOnlyList<EvalQuestion>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(lines, path);
    }

    public static IReadOnlyList<EvalQuestion> Parse(IReadOnlyList<string> lines, string name)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var questions = new List<EvalQuestion>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab <= 0)
            {
                throw new FormatException($"{name}:{i + 1}: expected 'question<TAB>expected', found no tab.");
            }

            var expected = line[(tab + 1)..].Trim();
            var phrases = expected.Equals("NONE", StringComparison.Ordinal)
                ? []
                : expected.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            questions.Add(new EvalQuestion(line[..tab].Trim(), phrases, i + 1));
        }

        return questions;
    }
}
