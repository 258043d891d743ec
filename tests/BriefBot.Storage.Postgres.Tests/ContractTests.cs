using BriefBot.Storage.Contract;

namespace BriefBot.Storage.Postgres.Tests;

// The store contract on PostgreSQL: each class gets fresh databases from the shared server.

[Collection(PostgresCollection.Name)]
public sealed class QuestionLogTests(PostgresServer server) : QuestionLogContract(server.NewDatabase());

[Collection(PostgresCollection.Name)]
public sealed class DigestRunTests(PostgresServer server) : DigestRunContract(server.NewDatabase());

[Collection(PostgresCollection.Name)]
public sealed class PostedFactsTests(PostgresServer server) : PostedFactsContract(server.NewDatabase());

[Collection(PostgresCollection.Name)]
public sealed class SecretTests(PostgresServer server) : SecretContract(server.NewDatabase());

[Collection(PostgresCollection.Name)]
public sealed class EventClaimTests(PostgresServer server) : EventClaimContract(server.NewDatabase());

[Collection(PostgresCollection.Name)]
public sealed class SchemaTests(PostgresServer server) : SchemaContract(server.NewDatabase());

[Collection(PostgresCollection.Name)]
public sealed class DigestSchedulerTests(PostgresServer server) : DigestSchedulerContract(server.NewDatabase());

[Collection(PostgresCollection.Name)]
public sealed class LearnedEntryTests(PostgresServer server) : LearnedEntryContract(server.NewDatabase());
