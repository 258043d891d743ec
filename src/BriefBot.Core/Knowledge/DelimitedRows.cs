using System.Text;

namespace BriefBot.Core.Knowledge;

/// <summary>
/// RFC 4180 rows: fields separated by a comma or tab, double-quoted fields may hold separators, quotes ("") and
/// newlines. A quote never closed is a <see cref="FormatException"/> naming its line: read on, it would swallow every
/// later row into one field.
/// </summary>
public static class DelimitedRows
{
    public static IEnumerable<(IReadOnlyList<string> Fields, int Line)> Parse(string text, char separator)
    {
        ArgumentNullException.ThrowIfNull(text);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0)
            {
                quoted = true;
                quoteLine = line;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return (fields, rowLine);
                fields = [];
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException($"line {quoteLine}: the quoted field that starts here is never closed (a missing \" ?)");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            yield return (fields, rowLine);
        }
    }
}
