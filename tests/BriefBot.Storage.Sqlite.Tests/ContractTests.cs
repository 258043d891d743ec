using BriefBot.Storage.Contract;

namespace BriefBot.Storage.Sqlite.Tests;

// The store contract on SQLite: each test gets a fresh file.

public sealed class QuestionLogContractTests() : QuestionLogContract(new SqliteHarness());

public sealed class DigestRunContractTests() : DigestRunContract(new SqliteHarness());

public sealed class PostedFactsContractTests() : PostedFactsContract(new SqliteHarness());

public sealed class SecretContractTests() : SecretContract(new SqliteHarness());

public sealed class EventClaimContractTests() : EventClaimContract(new SqliteHarness());

public sealed class SchemaContractTests() : SchemaContract(new SqliteHarness());

public sealed class DigestSchedulerContractTests() : DigestSchedulerContract(new SqliteHarness());

public sealed class LearnedEntryContractTests() : LearnedEntryContract(new SqliteHarness());
