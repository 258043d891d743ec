namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// The sentence templates of one kind of briefing. <c>{Slot}</c> takes a value of the document's entities;
/// <c>{noun}</c>, <c>{nouns}</c>, <c>{adj}</c>, <c>{verb}</c> and <c>{team}</c> take a fresh everyday word each time.
/// Every FAQ question names an entity of its document, as a real one would ("the Velmir launch"), so that one
/// document's FAQ differs from another's of the same kind.
/// </summary>
internal sealed record Topic(
    string Name,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Leads,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> Bullets,
    IReadOnlyList<string> Body,
    IReadOnlyList<FaqTemplate> Faqs,
    IReadOnlyList<string> AcronymPhrases);

/// <summary>An FAQ question and its one-line answer.</summary>
internal sealed record FaqTemplate(string Question, string Answer);
