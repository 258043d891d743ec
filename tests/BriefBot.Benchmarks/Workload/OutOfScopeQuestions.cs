using BriefBot.Benchmarks.Workload.Topics;

namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// Questions no document answers, in two kinds: everyday office topics no briefing is about (asked with the
/// knowledge's own everyday words), and a familiar FAQ question about an organisation or product that no document
/// names, which differs from answerable questions only in that name.
/// </summary>
internal static class OutOfScopeQuestions
{
    public const string UnknownTopic = "unknown topic";
    public const string UnknownEntity = "unknown entity";

    private static readonly string[] Topics =
    [
        "What is the weather forecast for {Place} this {Weekday}?",
        "Who won the football match between {Org} and {Org2}?",
        "When does the cafeteria in the {Place} building open?",
        "How do I book a parking space at the {Org} office?",
        "Can I bring my dog to the office in {Place}?",
        "What is the wifi password for the {Name} guest network?",
        "When is the {Name} holiday party this year?",
        "How much is a monthly train ticket to {Place}?",
        "Who is the new chef at the {Org} canteen?",
        "What time does the shuttle bus leave {Place} on {Weekday}?",
        "Which {adj} {nouns} did {Person} order for the summer picnic?",
        "How many vacation days do interns at {Org} get?",
        "Where can I buy tickets for the {Name} concert?",
        "What is the stock price of {Org} today?",
        "Can you recommend a good restaurant near {Place}?",
        "Who is speaking at the {Name} conference in {Place}?",
        "Is the gym at the {Org} office open on weekends?",
        "How do I get a refund for my {Name} gym membership?",
        "When does the {Name} choir rehearse?",
        "What is the best hotel in {Place} for a {adj} trip?",
    ];

    /// <summary><paramref name="count"/> questions; <paramref name="knownWords"/> (every word the knowledge uses, lower case) is what invented names avoid.</summary>
    public static List<BenchmarkQuestion> Make(int count, ISet<string> knownWords, SeededRandom random)
    {
        var names = new NameMaker(random, knownWords);
        var questions = new List<BenchmarkQuestion>(count);
        for (var i = 0; i < count; i++)
        {
            var topic = random.Pick(TopicCatalog.All);
            var filler = new TemplateFiller(DocumentEntities.Make(names, random, topic.Areas), random);
            questions.Add(i % 3 == 2
                ? new BenchmarkQuestion(Paraphraser.Paraphrase(filler.Fill(random.Pick(topic.Faqs).Question), random), QuestionKind.OutOfScope, null, null, UnknownEntity)
                : new BenchmarkQuestion(filler.Fill(random.Pick(Topics)), QuestionKind.OutOfScope, null, null, UnknownTopic));
        }

        return questions;
    }
}
