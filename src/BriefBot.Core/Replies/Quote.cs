namespace BriefBot.Core.Replies;

/// <summary>A sentence that stands word for word in a knowledge file, with where it stands.</summary>
public sealed record Quote(string Text, SourceRef Source);
