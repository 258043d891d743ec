using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace BriefBot.Authoring.Tests.Support;

/// <summary>Sending and reading the API's JSON as a script would.</summary>
internal static class Json
{
    public static StringContent Body(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    public static StringContent Raw(string text) => new(text, Encoding.UTF8, "application/json");

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object value)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.PostAsync(path, Body(value));
        return await ReadAsync(response);
    }
}
