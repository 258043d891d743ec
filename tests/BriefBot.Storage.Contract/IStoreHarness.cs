using BriefBot.Core.Storage;

namespace BriefBot.Storage.Contract;

/// <summary>One fresh, empty database of the store under test, and stores on it that behave as separate replicas.</summary>
public interface IStoreHarness : IAsyncDisposable
{
    /// <summary>The schema version this build of the store migrates to.</summary>
    int CurrentSchemaVersion { get; }

    /// <summary>Creates the empty database.</summary>
    Task CreateAsync();

    /// <summary>
    /// A store on the database with connections of its own, as another process or replica would have; not yet
    /// initialised. With <paramref name="extraMigration"/>, the store knows one schema version more than this build.
    /// </summary>
    IBriefBotStore Replica(string? extraMigration = null);

    Task<long> CountAsync(string table);

    Task<int> SchemaVersionAsync();

    /// <summary>Marks the database as written by a BriefBot that knows <paramref name="version"/>.</summary>
    Task SetSchemaVersionAsync(int version);
}
