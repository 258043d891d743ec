using BriefBot.Storage.Postgres.Tests;

namespace BriefBot.Storage.Contract;

/// <summary>The contract's tests, run here only where a PostgreSQL server can be had.</summary>
public sealed class StoreFactAttribute : PostgresFactAttribute;
