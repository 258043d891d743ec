using Npgsql;

namespace BriefBot.Storage.Postgres;

internal static class PostgresCommands
{
    /// <summary>A command on the connection with named parameters (<c>@name</c>); null binds as SQL NULL.</summary>
    public static NpgsqlCommand Command(this NpgsqlConnection connection, string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static string? GetNullableString(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
