namespace BriefBot.Storage.Contract;

/// <summary>The contract's tests: SQLite needs nothing installed, so they always run.</summary>
public sealed class StoreFactAttribute : FactAttribute;
