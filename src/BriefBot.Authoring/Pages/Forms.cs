using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefBot.Authoring.Pages;

/// <summary>Reads a posted form only once its antiforgery token checks out; a form from anywhere else is refused with 400.</summary>
public static class Forms
{
    public static async Task<(IFormCollection? Form, IResult? Refused)> ReadAsync(HttpContext context, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            Log.AntiforgeryRefused(logger);
            return (null, Layout.Document(
                "Form refused",
                Html.Empty,
                Html.Of($"<p role=\"alert\">This form did not come from the console, or it expired. Go back, reload the page and try again.</p><p><a href=\"{AuthoringPaths.Knowledge}\">Back to the console</a></p>"),
                StatusCodes.Status400BadRequest));
        }

        return (await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false), null);
    }

    /// <summary>Post/redirect/get: after a change, show the page again with a notice, so a reload does not post twice.</summary>
    public static IResult SeeOther(string location) => Results.Redirect(location, permanent: false, preserveMethod: false);

    public static IReadOnlyList<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
