namespace BriefBot.Core.Digests;

/// <summary>Something <see cref="DigestScheduler"/> will do at <see cref="At"/>, after <see cref="Failures"/> failed tries.</summary>
internal abstract record DigestAttempt(DigestSchedule Schedule, DateTimeOffset At, int Failures);

/// <summary>Looking at what was missed while the bot was down: done once on start, and again while the store cannot be read.</summary>
internal sealed record CatchUpAttempt(DigestSchedule Schedule, DateTimeOffset At, int Failures) : DigestAttempt(Schedule, At, Failures);

/// <summary>Claiming and posting the occurrence due at <see cref="DueAt"/>: on time, as a retry, or when another process's lease runs out.</summary>
internal sealed record PostAttempt(DigestSchedule Schedule, DateTimeOffset DueAt, DateTimeOffset At, int Failures) : DigestAttempt(Schedule, At, Failures);
