using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BriefBot.Authoring.Api;

/// <summary>
/// Reads a request's JSON object, or says which part of it is wrong. Only <c>application/json</c> is read: a
/// cross-site form cannot send that type without a CORS preflight, which is never granted, so a signed-in
/// author's cookie cannot be used to write from another site.
/// </summary>
public static class JsonBody
{
    public static async Task<(JsonElement Body, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (default, ApiResults.Json(new ApiError("Send the body as JSON (Content-Type: application/json).", "body"), StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken).ConfigureAwait(false);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (default, ApiResults.BadRequest("body", "The body must be a JSON object."));
        }
        catch (JsonException e)
        {
            return (default, ApiResults.BadRequest("body", $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})."));
        }
        catch (BadHttpRequestException e)
        {
            // Over the web server's 1 MB limit, or trickled too slowly: an expected refusal, not a crash with a stack trace in the log.
            return (default, ApiResults.Json(new ApiError("The body is too large (at most 1 MB) or arrived too slowly.", "body"), e.StatusCode));
        }
    }

    /// <summary>A string property, or an error naming it.</summary>
    public static (string? Value, IResult? Error) String(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, ApiResults.BadRequest(name, $"\"{name}\" is missing."));
        }

        return value.ValueKind == JsonValueKind.String
            ? (value.GetString(), null)
            : (null, ApiResults.BadRequest(name, $"\"{name}\" must be a string."));
    }

    /// <summary>An array of strings, or an error naming it (or the element that is not a string).</summary>
    public static (IReadOnlyList<string>? Value, IResult? Error) Strings(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, ApiResults.BadRequest(name, $"\"{name}\" is missing."));
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return (null, ApiResults.BadRequest(name, $"\"{name}\" must be an array of strings."));
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return (null, ApiResults.BadRequest($"{name}[{items.Count}]", $"\"{name}[{items.Count}]\" must be a string."));
            }

            items.Add(item.GetString()!);
        }

        return (items, null);
    }
}
