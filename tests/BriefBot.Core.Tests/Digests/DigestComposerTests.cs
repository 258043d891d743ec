using BriefBot.Core.Chat;
using BriefBot.Core.Digests;
using BriefBot.Core.Knowledge;
using BriefBot.Core.Matching;
using BriefBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefBot.Core.Tests.Digests;

public sealed class DigestComposerTests : IDisposable
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly InMemoryBriefBotStore store = new();
    private readonly TempFolder travel = new();

    public void Dispose() => travel.Dispose();

    [Fact]
    public async Task The_unanswered_list_holds_the_questions_asked_of_this_digests_knowledge_only()
    {
        travel.Write("travel.json", """{ "entries": [ { "questions": ["Can I keep my miles?"], "answer": "Employees keep their airline miles." } ] }""");
        var briefing = await KnowledgeAsync(TestKnowledge.DefaultFolder);
        var travelKnowledge = await KnowledgeAsync(travel.Path);
        await AskAsync(briefing, "How many casualties were there in Kharkiv?");
        await AskAsync(travelKnowledge, "What is the per diem in Paris?");
        await store.RecordQuestionAsync(new AskedQuestion(time.GetUtcNow(), "slack", "C1", null, "Asked before folders were recorded", false, null, 0), CancellationToken.None);
        time.Advance(TimeSpan.FromHours(1));

        var options = new DigestOptions { Name = "morning", Platform = "console", Channel = "general", Schedule = "0 9 * * *", IncludeUnanswered = true };
        var (ofBriefing, _) = await new DigestComposer(briefing, store).ComposeAsync(options, time.GetUtcNow(), CancellationToken.None);
        var (ofTravel, _) = await new DigestComposer(travelKnowledge, store).ComposeAsync(options, time.GetUtcNow(), CancellationToken.None);

        Assert.Equal(["Asked before folders were recorded", "How many casualties were there in Kharkiv?"], ofBriefing.Unanswered.Select(q => q.Question).Order(StringComparer.Ordinal));
        Assert.Equal(["Asked before folders were recorded", "What is the per diem in Paris?"], ofTravel.Unanswered.Select(q => q.Question).Order(StringComparer.Ordinal));
    }

    private async Task<KnowledgeSource> KnowledgeAsync(string folder)
    {
        var source = new KnowledgeSource(Options.Create(new KnowledgeOptions { Path = folder }), Options.Create(new MatchingOptions()), NullLogger<KnowledgeSource>.Instance, time);
        await source.LoadAsync(CancellationToken.None);
        return source;
    }

    private async Task AskAsync(KnowledgeSource knowledge, string question)
    {
        var answerer = new Answerer(knowledge, store, new HmacAskerHasher(new byte[32]), time, NullLogger<Answerer>.Instance);
        var reply = await answerer.AnswerAsync(new Question(question, "slack", "C1", "U1"), CancellationToken.None);
        Assert.False(reply.Answered);
    }
}
