using System.Globalization;
using BriefBot.Authoring.Digests;
using BriefBot.Authoring.Knowledge;
using BriefBot.Authoring.Learned;
using BriefBot.Authoring.Try;
using BriefBot.Authoring.Unanswered;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace BriefBot.Authoring.Pages;

/// <summary>The console's pages. Every change is a form post checked for its antiforgery token, then a redirect back.</summary>
public sealed class PageEndpoints(AuthoringViews views, LearnedEditor editor, ChangeUndo undo, ILogger<PageEndpoints> logger)
{
    private const int DefaultDays = 7;
    private const int ShownChanges = 30;

    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["answer"] = "Answer saved: the bot answers that question now.",
        ["phrasing"] = "Phrasing added: the question now matches that entry.",
        ["edited"] = "Entry saved.",
        ["deleted"] = "Entry deleted. Its old text is under Recent changes.",
        ["unphrased"] = "Phrasing removed.",
        ["undone"] = "Change undone. The undo is itself under Recent changes, and can be undone in turn.",
    };

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuthoringPaths.Knowledge, (HttpContext context, string? q) =>
            Layout.Page(new PageContext(context), "Knowledge", KnowledgePage.Body(views.Knowledge(q))));
        endpoints.MapGet(AuthoringPaths.Try, (HttpContext context) =>
            Layout.Page(new PageContext(context), "Try a question", TryPage.Body(new PageContext(context), "", null, null)));
        endpoints.MapPost(AuthoringPaths.Try, TryAsync);
        endpoints.MapGet(AuthoringPaths.Unanswered, UnansweredAsync);
        endpoints.MapPost(AuthoringPaths.Unanswered + "/answer", WriteAnswerAsync);
        endpoints.MapPost(AuthoringPaths.Unanswered + "/phrasing", AddPhrasingAsync);
        endpoints.MapGet(AuthoringPaths.Learned, LearnedAsync);
        endpoints.MapPost(AuthoringPaths.Learned + "/{id}/edit", EditAsync);
        endpoints.MapPost(AuthoringPaths.Learned + "/{id}/delete", DeleteAsync);
        endpoints.MapPost(AuthoringPaths.Learned + "/phrasings/{id:long}/delete", DeletePhrasingAsync);
        endpoints.MapPost(AuthoringPaths.Learned + "/changes/{id:long}/undo", UndoAsync);
        endpoints.MapGet(AuthoringPaths.Export, ExportAsync);
        endpoints.MapGet(AuthoringPaths.Digests, async (HttpContext context, CancellationToken ct) =>
            Layout.Page(new PageContext(context), "Digests", DigestsPage.Body(await views.DigestsAsync(ct).ConfigureAwait(false))));
    }

    private async Task<IResult> TryAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (form, refused) = await Forms.ReadAsync(context, logger).ConfigureAwait(false);
        if (form is null)
        {
            return refused!;
        }

        var page = new PageContext(context);
        var question = form["question"].ToString();
        if (LearnedInput.CheckQuestion(question, "question") is { } error)
        {
            return Layout.Page(page, "Try a question", TryPage.Body(page, question, null, error.Message), StatusCodes.Status400BadRequest);
        }

        Log.Tried(logger, question);
        return Layout.Page(page, "Try a question", TryPage.Body(page, question, views.Try(question), null));
    }

    private async Task<IResult> UnansweredAsync(HttpContext context, CancellationToken cancellationToken) =>
        await UnansweredPageAsync(new PageContext(context), Days(context.Request.Query["days"]), Notice(context), false, StatusCodes.Status200OK, cancellationToken).ConfigureAwait(false);

    private async Task<IResult> UnansweredPageAsync(PageContext page, int days, string? notice, bool error, int status, CancellationToken cancellationToken)
    {
        var view = await views.UnansweredAsync(days, cancellationToken).ConfigureAwait(false);
        return Layout.Page(page, "Unanswered questions", UnansweredPage.Body(page, view, days, notice, error), status);
    }

    private async Task<IResult> WriteAnswerAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (form, refused) = await Forms.ReadAsync(context, logger).ConfigureAwait(false);
        if (form is null)
        {
            return refused!;
        }

        var page = new PageContext(context);
        var days = Days(form["days"]);
        var edit = await editor.AddAsync(Forms.Lines(form["questions"]), form["answer"], page.Author, cancellationToken).ConfigureAwait(false);
        return edit.Error is { } error
            ? await UnansweredPageAsync(page, days, error.Message, true, StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false)
            : Forms.SeeOther($"{AuthoringPaths.Unanswered}?days={days}&done=answer");
    }

    private async Task<IResult> AddPhrasingAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (form, refused) = await Forms.ReadAsync(context, logger).ConfigureAwait(false);
        if (form is null)
        {
            return refused!;
        }

        var page = new PageContext(context);
        var days = Days(form["days"]);
        var edit = await editor.AddPhrasingAsync(form["entryId"].ToString(), form["question"], page.Author, cancellationToken).ConfigureAwait(false);
        return edit.Error is { } error
            ? await UnansweredPageAsync(page, days, error.Message, true, StatusCodes.Status400BadRequest, cancellationToken).ConfigureAwait(false)
            : Forms.SeeOther($"{AuthoringPaths.Unanswered}?days={days}&done=phrasing");
    }

    private async Task<IResult> LearnedAsync(HttpContext context, CancellationToken cancellationToken) =>
        await LearnedPageAsync(new PageContext(context), Notice(context), false, StatusCodes.Status200OK, cancellationToken).ConfigureAwait(false);

    private async Task<IResult> LearnedPageAsync(PageContext page, string? notice, bool error, int status, CancellationToken cancellationToken)
    {
        var all = await views.LearnedAsync(cancellationToken).ConfigureAwait(false);
        var changes = await views.ChangesAsync(ShownChanges, cancellationToken).ConfigureAwait(false);
        return Layout.Page(page, "Learned entries", LearnedPage.Body(page, all, changes, notice, error), status);
    }

    private async Task<IResult> EditAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        var (form, refused) = await Forms.ReadAsync(context, logger).ConfigureAwait(false);
        if (form is null)
        {
            return refused!;
        }

        var page = new PageContext(context);
        var edit = await editor.UpdateAsync(id, Forms.Lines(form["questions"]), form["answer"], page.Author, cancellationToken).ConfigureAwait(false);
        return await AfterAsync(page, edit.Error, edit.NotFound, "edited").ConfigureAwait(false);
    }

    private async Task<IResult> DeleteAsync(HttpContext context, string id, CancellationToken cancellationToken)
    {
        var (form, refused) = await Forms.ReadAsync(context, logger).ConfigureAwait(false);
        if (form is null)
        {
            return refused!;
        }

        var page = new PageContext(context);
        var edit = await editor.DeleteAsync(id, page.Author, cancellationToken).ConfigureAwait(false);
        return await AfterAsync(page, edit.Error, edit.NotFound, "deleted").ConfigureAwait(false);
    }

    private async Task<IResult> DeletePhrasingAsync(HttpContext context, long id, CancellationToken cancellationToken)
    {
        var (form, refused) = await Forms.ReadAsync(context, logger).ConfigureAwait(false);
        if (form is null)
        {
            return refused!;
        }

        var page = new PageContext(context);
        var edit = await editor.DeletePhrasingAsync(id, page.Author, cancellationToken).ConfigureAwait(false);
        return await AfterAsync(page, edit.Error, edit.NotFound, "unphrased").ConfigureAwait(false);
    }

    private async Task<IResult> UndoAsync(HttpContext context, long id, CancellationToken cancellationToken)
    {
        var (form, refused) = await Forms.ReadAsync(context, logger).ConfigureAwait(false);
        if (form is null)
        {
            return refused!;
        }

        var page = new PageContext(context);
        var edit = await undo.UndoAsync(id, page.Author, cancellationToken).ConfigureAwait(false);
        return await AfterAsync(page, edit.Error, edit.NotFound, "undone").ConfigureAwait(false);
    }

    private async Task<IResult> AfterAsync(PageContext page, InputError? error, bool notFound, string done) => error is null
        ? Forms.SeeOther($"{AuthoringPaths.Learned}?done={done}")
        : await LearnedPageAsync(page, error.Message, true, notFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, page.Http.RequestAborted).ConfigureAwait(false);

    private async Task<IResult> ExportAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var json = await editor.ExportAsync(cancellationToken).ConfigureAwait(false);
        context.Response.Headers.ContentDisposition = "attachment; filename=\"learned.json\"";
        return Results.Text(json, "application/json; charset=utf-8");
    }

    private static string? Notice(HttpContext context) => Notices.GetValueOrDefault(context.Request.Query["done"].ToString());

    private static int Days(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= UnansweredView.MaxDays ? days : DefaultDays;
}
