using System.Collections.Frozen;

namespace BriefBot.Core.Matching;

/// <summary>
/// Function words that say nothing about what a question is about. Question words are here too: "what" and "how"
/// appear in every question, so they cannot tell one entry from another.
/// </summary>
public static class StopWords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "done", "during", "each", "either", "else", "ever", "few", "for", "from", "further", "get", "gets",
        "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "let", "lets", "may", "me", "might",
        "mine", "more", "most", "much", "must", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off",
        "often", "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own",
        "please", "pls", "plz", "quite", "rather", "really", "same", "shall", "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
        "those", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "via", "was", "we",
        "were", "what", "whats", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will",
        "with", "within", "would", "yet", "you", "your", "yours", "yourself", "yourselves", "hi", "hello", "hey",
        "thanks", "thank", "ok", "okay", "yes", "tell", "know", "want", "wanna", "need", "like", "kindly", "dear",
        "u", "ur", "im", "ive", "id", "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "wasnt", "s", "t",
        "d", "ll", "re", "ve", "m", "o", "y", "many", "whatever", "anyone", "someone", "something", "anything",
        "one", "ones", "etc",
    ], StringComparer.Ordinal);

    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);

    /// <summary>Every stop word, for the typo corrector: a misspelt "wat" is a stop word too.</summary>
    public static IEnumerable<string> All => Words;
}
