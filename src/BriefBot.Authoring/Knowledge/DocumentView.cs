using BriefBot.Core.Knowledge;

namespace BriefBot.Authoring.Knowledge;

/// <summary>A briefing as the bot read it: title, sections, the facts it answers from and its FAQ entries.</summary>
public sealed record DocumentView(string Title, string File, IReadOnlyList<string> Sections, IReadOnlyList<FactView> Facts, IReadOnlyList<FaqView> Faqs);

/// <summary>One sentence that became an answerable fact, with its line, role and whether digests show it as key.</summary>
public sealed record FactView(string EntryId, string Text, string? Section, int Line, SentenceRole Role, bool KeyFact);

/// <summary>An FAQ pair and the sentence its reply quotes.</summary>
public sealed record FaqView(string EntryId, IReadOnlyList<string> Questions, string Answer, QuoteView Quote);
