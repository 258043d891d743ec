using System.Text.RegularExpressions;

namespace BriefBot.Benchmarks.Workload;

/// <summary>Fills a template's slots from a document's entities and the shared vocabulary.</summary>
internal sealed partial class TemplateFiller(DocumentEntities entities, SeededRandom random)
{
    public string Fill(string template)
    {
        var text = Slot().Replace(template, m => m.Groups[1].Value switch
        {
            "noun" => random.Pick(Vocabulary.Nouns),
            "nouns" => Vocabulary.Plural(random.Pick(Vocabulary.Nouns)),
            "adj" => random.Pick(Vocabulary.Adjectives),
            "verb" => random.Pick(Vocabulary.Verbs),
            "team" => random.Pick(Vocabulary.Teams),
            var name => entities[name],
        });
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Slot();
}
