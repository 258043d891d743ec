namespace BriefBot.Authoring.Tests.Support;

/// <summary>Which store a test host keeps its questions and learned entries in.</summary>
internal enum StoreKind
{
    /// <summary>In memory: page logic only.</summary>
    Memory,

    /// <summary>A real SQLite file in a temporary folder.</summary>
    Sqlite,

    /// <summary>A real PostgreSQL database (its connection string given).</summary>
    Postgres,
}
