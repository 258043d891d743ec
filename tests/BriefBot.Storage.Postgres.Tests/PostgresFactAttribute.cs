namespace BriefBot.Storage.Postgres.Tests;

/// <summary>
/// A test that needs a PostgreSQL server: skipped, saying how to get one, when there is none here, unless
/// <c>BRIEFBOT_REQUIRE_POSTGRES=1</c>, when it runs and fails with that reason instead.
/// </summary>
public class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresAvailability.Reason is { } reason && !PostgresAvailability.Required)
        {
            Skip = reason;
        }
    }
}
