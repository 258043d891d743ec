namespace BriefBot.Tests;

/// <summary>A temporary knowledge folder holding a small help desk FAQ, a question it answers only by meaning, and a database of its own.</summary>
internal sealed class HelpDeskFolder : IDisposable
{
    // Shares no word with the entry's answer, and only "open" with its phrasing: matched by meaning, not by words.
    public const string Paraphrase = "what time does the cafeteria open";

    /// <summary>What the answer to <see cref="Paraphrase"/> holds.</summary>
    public const string Answer = "11:30";

    private const string HelpDesk = """
        {
          "title": "IT help desk",
          "entries": [
            { "questions": ["How do I reset my password?"], "answer": "Use the self-service portal at https://id.example.com; it takes two minutes." },
            { "questions": ["Where can I park my car?"], "answer": "Staff park in the west garage, levels 2 to 4." },
            { "questions": ["When is the canteen open?"], "answer": "The canteen serves lunch from 11:30 to 14:00 on weekdays." },
            { "questions": ["How do I book a meeting room?"], "answer": "Rooms are booked in the calendar app under Resources." }
          ]
        }
        """;

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("briefbot-knowledge-");

    public HelpDeskFolder() => File.WriteAllText(System.IO.Path.Combine(folder.FullName, "helpdesk.json"), HelpDesk);

    public string Path => folder.FullName;

    public string Setting => "--Knowledge:Path=" + Path;

    /// <summary>The database, beside which the embedding cache is kept.</summary>
    public TempDatabase Database { get; } = new();

    public void Dispose()
    {
        Database.Dispose();
        folder.Delete(recursive: true);
    }
}
