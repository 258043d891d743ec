namespace BriefBot.Core.Knowledge;

/// <summary>Where an answerable entry came from.</summary>
public enum EntryKind
{
    /// <summary>A question and answer from a briefing's FAQ.</summary>
    Faq,

    /// <summary>A sentence of a briefing: the lead, a bullet or a body sentence.</summary>
    Fact,

    /// <summary>An acronym a document defines, such as "Site Reliability Engineering (SRE)".</summary>
    Definition,

    /// <summary>A hand-written question and answer from a curated file.</summary>
    Curated,

    /// <summary>An answer an author wrote in the authoring console, kept in the store.</summary>
    Learned,
}
