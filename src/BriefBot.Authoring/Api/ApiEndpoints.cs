using System.Globalization;
using BriefBot.Authoring.Learned;
using BriefBot.Authoring.Unanswered;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace BriefBot.Authoring.Api;

/// <summary>The JSON API under <c>/authoring/api</c> (documented in docs/authoring.md); the pages show the same views.</summary>
public sealed class ApiEndpoints(AuthoringViews views, LearnedEditor editor, ChangeUndo undo, ILogger<ApiEndpoints> logger)
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(AuthoringPaths.Api);
        api.MapGet("/knowledge", (string? q) => ApiResults.Json(views.Knowledge(q)));
        api.MapPost("/try", TryAsync);
        api.MapGet("/unanswered", UnansweredAsync);
        api.MapGet("/entries", async (CancellationToken ct) => ApiResults.Json((await views.LearnedAsync(ct).ConfigureAwait(false)).Entries));
        api.MapPost("/entries", AddAsync);
        api.MapPut("/entries/{id}", UpdateAsync);
        api.MapDelete("/entries/{id}", DeleteAsync);
        api.MapPost("/entries/{id}/phrasings", AddPhrasingAsync);
        api.MapDelete("/phrasings/{id}", DeletePhrasingAsync);
        api.MapGet("/changes", async (CancellationToken ct) => ApiResults.Json(await views.ChangesAsync(AuthoringViews.MaxChanges, ct).ConfigureAwait(false)));
        api.MapPost("/changes/{id:long}/undo", async (HttpContext context, long id, CancellationToken ct) =>
            Outcome(await undo.UndoAsync(id, Author(context), ct).ConfigureAwait(false), done => ApiResults.Json(new { undone = id, result = done })));
        api.MapGet("/export", async (CancellationToken ct) => Results.Text(await editor.ExportAsync(ct).ConfigureAwait(false), "application/json; charset=utf-8"));
        api.MapGet("/digests", async (CancellationToken ct) => ApiResults.Json(await views.DigestsAsync(ct).ConfigureAwait(false)));
    }

    private async Task<IResult> TryAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (question, error) = await ReadQuestionAsync(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        if (LearnedInput.CheckQuestion(question!, "question") is { } bad)
        {
            return ApiResults.BadRequest(bad.Field, bad.Message);
        }

        Log.Tried(logger, question!);
        return ApiResults.Json(views.Try(question!));
    }

    private async Task<IResult> UnansweredAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var days = 7;
        if (context.Request.Query.TryGetValue("days", out var text)
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days < 1 || days > UnansweredView.MaxDays))
        {
            return ApiResults.BadRequest("days", $"days must be a whole number from 1 to {UnansweredView.MaxDays}.");
        }

        return ApiResults.Json(await views.UnansweredAsync(days, cancellationToken).ConfigureAwait(false));
    }

    private async Task<IResult> AddAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (questions, answer, error) = await ReadEntryAsync(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var edit = await editor.AddAsync(questions!, answer, Author(context), cancellationToken).ConfigureAwait(false);
        return Outcome(edit, e => Results.Json(new { id = e.Id, entry = e }, ApiJson.Options, statusCode: StatusCodes.Status201Created));
    }

    private async Task<IResult> UpdateAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        var (questions, answer, error) = await ReadEntryAsync(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var edit = await editor.UpdateAsync(id, questions!, answer, Author(context), cancellationToken).ConfigureAwait(false);
        return Outcome(edit, e => ApiResults.Json(e));
    }

    private async Task<IResult> DeleteAsync(HttpContext context, string id, CancellationToken cancellationToken) =>
        Outcome(await editor.DeleteAsync(id, Author(context), cancellationToken).ConfigureAwait(false), _ => Results.NoContent());

    private async Task<IResult> AddPhrasingAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        var (question, error) = await ReadQuestionAsync(context, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var edit = await editor.AddPhrasingAsync(id, question, Author(context), cancellationToken).ConfigureAwait(false);
        return Outcome(edit, p => ApiResults.Json(p, StatusCodes.Status201Created));
    }

    private async Task<IResult> DeletePhrasingAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return ApiResults.NotFound("id", $"No taught phrasing has the id \"{id}\".");
        }

        return Outcome(await editor.DeletePhrasingAsync(number, Author(context), cancellationToken).ConfigureAwait(false), _ => Results.NoContent());
    }

    private static async Task<(string? Question, IResult? Error)> ReadQuestionAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        return error is not null ? (null, error) : JsonBody.String(body, "question");
    }

    private static async Task<(IReadOnlyList<string>? Questions, string? Answer, IResult? Error)> ReadEntryAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (body, error) = await JsonBody.ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return (null, null, error);
        }

        var (questions, badQuestions) = JsonBody.Strings(body, "questions");
        if (badQuestions is not null)
        {
            return (null, null, badQuestions);
        }

        var (answer, badAnswer) = JsonBody.String(body, "answer");
        return badAnswer is not null ? (null, null, badAnswer) : (questions, answer, null);
    }

    private static IResult Outcome<T>(Edit<T> edit, Func<T, IResult> done) => edit switch
    {
        { NotFound: true } => ApiResults.NotFound(edit.Error!.Field, edit.Error.Message),
        { Error: { } error } => ApiResults.BadRequest(error.Field, error.Message),
        _ => done(edit.Value!),
    };

    private static string Author(HttpContext context) => context.User.Identity?.Name ?? "";
}
