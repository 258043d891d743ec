using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefBot.Authoring.Api;

/// <summary>
/// How the API writes JSON: camelCase, enums by name. The default encoder is kept on purpose: it escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so text the bot did not write stays inert even if a client mishandles it.
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
