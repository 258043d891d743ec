namespace BriefBot.Storage.Postgres.Tests;

/// <summary>Every test that needs the server: they share one, each with databases of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
