namespace BriefBot.Discord.Payloads;

/// <summary>Makes a message a reply. <c>fail_if_not_exists: false</c> still posts the answer if the question was deleted meanwhile.</summary>
public sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
