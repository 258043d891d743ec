namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// Rewords a question the way people retype one: another question word where it reads naturally, a synonym or two
/// from a small table, a trailing phrase moved to the front, filler words dropped, chat-style case and punctuation.
/// At least two of the rewordings apply, so no paraphrase is the question itself.
/// </summary>
internal static class Paraphraser
{
    private static readonly (string From, string To)[] QuestionWords =
    [
        ("when does", "what day does"), ("when will", "by what date will"), ("when should", "at what point should"),
        ("when was", "on what date was"), ("who is", "which person is"), ("who should", "which person should"),
        ("who can", "which person can"), ("who needs", "which people need"), ("who will", "which person will"),
        ("who announced", "which person announced"), ("how many", "what number of"), ("how much is", "what amount is"),
        ("how do i", "what is the way to"), ("how long does", "how much time does"), ("how did", "in what way did"),
        ("why is", "for what reason is"), ("why did", "for what reason did"), ("where can i", "in which place can i"),
        ("where do i", "in which place do i"), ("where are", "in which place are"), ("what happens", "what will happen"),
        ("which", "what"), ("can i", "am i allowed to"), ("do i need to", "must i"), ("do i need", "is there a need for"), ("what is the", "what's the"),
    ];

    private static readonly (string A, string B)[] Synonyms =
    [
        ("start", "begin"), ("find", "locate"), ("contact", "reach"), ("problem", "issue"), ("customers", "clients"),
        ("staff", "employees"), ("manager", "supervisor"), ("deadline", "cutoff"), ("rules", "regulations"),
        ("affected", "impacted"), ("usual", "typical"), ("normally", "usually"), ("discovered", "found"),
        ("buying", "acquiring"), ("react", "respond"), ("available", "offered"),
        ("released", "launched"), ("sign up", "register"), ("on call", "on duty"), ("get", "receive"),
        ("keep using", "continue using"), ("read", "view"), ("change", "modify"), ("cut", "eliminated"),
        ("data", "information"), ("old", "previous"), ("full", "complete"), ("restart", "reboot"),
        ("tell", "notify"), ("fixing", "resolving"), ("patch", "update"), ("safely", "without risk"),
    ];

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase) { "actually", "really", "currently", "exactly", "please", "just", "now" };

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an" };

    private static readonly string[] TrailingPrepositions = ["in", "for", "at", "after", "under", "about", "on"];

    public static string Paraphrase(string question, SeededRandom random)
    {
        var words = question.TrimEnd('?').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var rewordings = new List<Func<List<string>, SeededRandom, bool>> { SwapQuestionWord, SwapSynonym, MoveTrailingPhrase, DropFillers };
        var applied = 0;
        foreach (var reword in random.Sample(rewordings, rewordings.Count))
        {
            if ((applied < 2 || random.Chance(0.5)) && reword(words, random))
            {
                applied++;
            }
        }

        if (applied == 0)
        {
            words[0] = words[0].ToLowerInvariant();
            words.Insert(0, "so");
        }

        var text = string.Join(' ', words);
        text = random.Chance(0.5) ? char.ToLowerInvariant(text[0]) + text[1..] : char.ToUpperInvariant(text[0]) + text[1..];
        return random.Chance(0.3) ? text : text + "?";
    }

    private static bool SwapQuestionWord(List<string> words, SeededRandom random)
    {
        var start = string.Join(' ', words).ToLowerInvariant();
        foreach (var (from, to) in QuestionWords)
        {
            if (start.StartsWith(from + " ", StringComparison.Ordinal))
            {
                words.RemoveRange(0, from.Split(' ').Length);
                words.InsertRange(0, to.Split(' '));
                return true;
            }
        }

        return false;
    }

    private static bool SwapSynonym(List<string> words, SeededRandom random)
    {
        var text = " " + string.Join(' ', words) + " ";
        var candidates = Synonyms
            .SelectMany(p => new[] { (From: p.A, To: p.B), (From: p.B, To: p.A) })
            .Where(p => text.Contains(" " + p.From + " ", StringComparison.OrdinalIgnoreCase) && !p.To.StartsWith(p.From, StringComparison.Ordinal))
            .ToList();
        if (candidates.Count == 0)
        {
            return false;
        }

        foreach (var (from, to) in random.Sample(candidates, random.Chance(0.5) ? 2 : 1))
        {
            text = text.Replace(" " + from + " ", " " + to + " ", StringComparison.OrdinalIgnoreCase);
        }

        words.Clear();
        words.AddRange(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return true;
    }

    // "When does the Velmir pilot start in Port Aldmere" → "In Port Aldmere, when does the Velmir pilot start".
    private static bool MoveTrailingPhrase(List<string> words, SeededRandom random)
    {
        var at = words.FindLastIndex(w => TrailingPrepositions.Contains(w, StringComparer.OrdinalIgnoreCase));
        if (at < 3 || at >= words.Count - 1 || words.Count - at > 4)
        {
            return false;
        }

        var phrase = words.Skip(at).ToList();
        words.RemoveRange(at, phrase.Count);
        words[0] = char.ToLowerInvariant(words[0][0]) + words[0][1..];
        phrase[^1] += ",";
        words.InsertRange(0, phrase);
        return true;
    }

    private static bool DropFillers(List<string> words, SeededRandom random)
    {
        var before = words.Count;
        words.RemoveAll(w => Fillers.Contains(w) || (Articles.Contains(w) && random.Chance(0.7)));
        return words.Count < before;
    }
}
