using Microsoft.AspNetCore.Http;

namespace BriefBot.Web;

/// <summary>
/// A webhook's raw body, read whole before its signature is checked, or the status Kestrel refused it with: over the
/// 1 MB limit (413) or trickled below the minimum data rate (408). Anyone can send those without a signature, so
/// they are an expected outcome the endpoint answers and logs in one line, never an unhandled exception.
/// </summary>
public sealed record RequestBody(byte[]? Bytes, int RefusedStatus)
{
    public static async Task<RequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var buffer = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            return new RequestBody(null, e.StatusCode);
        }

        return new RequestBody(buffer.ToArray(), 0);
    }
}
