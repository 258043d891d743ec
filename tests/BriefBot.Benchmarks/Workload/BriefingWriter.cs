using System.Globalization;
using BriefBot.Benchmarks.Workload.Topics;

namespace BriefBot.Benchmarks.Workload;

/// <summary>A generated briefing and the number of knowledge entries it should give.</summary>
internal sealed record WrittenBriefing(string FileName, string Text, int Entries);

/// <summary>
/// Writes one briefing in the default knowledge's shape: a title line, a lead paragraph, short section headings
/// with bullet facts and one sentence per body line, one acronym definition, and a "Frequently Asked Questions"
/// section of question lines each followed by a one-line answer.
/// </summary>
internal static class BriefingWriter
{
    private const int Sections = 3;
    private const int BulletsPerSection = 2;
    private const int TopicSentencesPerSection = 2;
    private const int CommonSentencesPerSection = 1;
    private const int Faqs = 6;
    private const int LeadSentences = 2;

    public static WrittenBriefing Write(int number, Topic topic, NameMaker names, SeededRandom random, ISet<string> acronyms)
    {
        var entities = DocumentEntities.Make(names, random, topic.Areas);
        var filler = new TemplateFiller(entities, random);
        var lines = new List<string> { filler.Fill(random.Pick(topic.Titles)), filler.Fill(random.Pick(topic.Leads)) };
        var facts = LeadSentences;

        var bullets = new Queue<string>(random.Sample(topic.Bullets, Sections * BulletsPerSection));
        var topicSentences = new Queue<string>(random.Sample(topic.Body, Sections * TopicSentencesPerSection));
        var commonSentences = new Queue<string>(random.Sample(CommonSentences.Body, Sections * CommonSentencesPerSection));
        var (definition, acronym) = AcronymSentence(topic, filler, random);
        var definitionSection = random.Next(Sections);

        foreach (var (heading, index) in random.Sample(topic.Sections, Sections).Select((h, i) => (h, i)))
        {
            lines.Add(filler.Fill(heading));
            for (var i = 0; i < BulletsPerSection; i++)
            {
                lines.Add("- " + filler.Fill(bullets.Dequeue()));
            }

            var body = Enumerable.Range(0, TopicSentencesPerSection).Select(_ => topicSentences.Dequeue())
                .Concat(Enumerable.Range(0, CommonSentencesPerSection).Select(_ => commonSentences.Dequeue()))
                .Select(filler.Fill)
                .ToList();
            if (index == definitionSection)
            {
                body.Insert(random.Next(body.Count + 1), definition);
            }

            lines.AddRange(random.Sample(body, body.Count));
            facts += BulletsPerSection + body.Count;
        }

        lines.Add(CommonSentences.FaqHeading);
        foreach (var faq in random.Sample(topic.Faqs, Faqs))
        {
            lines.Add(filler.Fill(faq.Question));
            lines.Add(filler.Fill(faq.Answer));
        }

        // The loader keeps the first definition of an acronym across the whole knowledge base.
        var entries = facts + Faqs + (acronyms.Add(acronym) ? 1 : 0);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"{number:D5}-{topic.Name.Replace(' ', '-').ToLowerInvariant()}-{entities["Name"].ToLowerInvariant()}.txt");
        return new WrittenBriefing(fileName, string.Join('\n', lines) + "\n", entries);
    }

    private static (string Sentence, string Acronym) AcronymSentence(Topic topic, TemplateFiller filler, SeededRandom random)
    {
        var longForm = filler.Fill(random.Pick(topic.AcronymPhrases));
        var acronym = string.Concat(longForm.Split(' ').Select(w => char.ToUpperInvariant(w[0])));
        var template = random.Pick(CommonSentences.AcronymDefinitions).Replace("{Acronym}", $"{longForm} ({acronym})", StringComparison.Ordinal);
        return (filler.Fill(template), acronym);
    }
}
