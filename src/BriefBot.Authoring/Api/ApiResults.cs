using Microsoft.AspNetCore.Http;

namespace BriefBot.Authoring.Api;

/// <summary>The API's replies: JSON, never cached.</summary>
public static class ApiResults
{
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        Results.Json(value, ApiJson.Options, statusCode: status);

    public static IResult BadRequest(string field, string error) => Json(new ApiError(error, field), StatusCodes.Status400BadRequest);

    public static IResult NotFound(string field, string error) => Json(new ApiError(error, field), StatusCodes.Status404NotFound);

    public static Task Unauthorized(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new ApiError("Sign in first: send Authorization: Bearer <token>, or sign in at " + AuthoringPaths.SignIn + ".", null), ApiJson.Options, context.RequestAborted);
    }
}
