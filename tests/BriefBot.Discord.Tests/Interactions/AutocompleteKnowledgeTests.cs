using BriefBot.Discord.Rendering;
using BriefBot.Discord.Tests.Fakes;

namespace BriefBot.Discord.Tests.Interactions;

/// <summary><c>/brief</c> autocomplete over the Gateway with BriefBot's real core and the repository's default briefing.</summary>
public sealed class AutocompleteKnowledgeTests
{
    private const string InteractionId = "900000000000000001";
    private const string Token = "interaction-token";
    private const string Callback = $"interactions/{InteractionId}/{Token}/callback";

    private const string StockpilesFact =
        "The move comes as military analysts warn that U.S. weapons stockpiles are reaching critical lows, raising questions about the sustainability of increased munitions expenditure on multiple fronts.";

    [Fact]
    public async Task A_word_of_answers_and_facts_offers_the_questions_and_sentences_that_hold_it()
    {
        var choices = await ChoicesAsync("atac");

        Assert.Contains(("Does this mean Ukraine can strike anywhere in Russia?", "Does this mean Ukraine can strike anywhere in Russia?"), choices);
        Assert.Contains(("The authorization does not currently extend to long-range ATACMS missiles for deep strikes.", "The authorization does not currently extend to long-range ATACMS missiles for deep strikes."), choices);
    }

    [Fact]
    public async Task A_long_fact_is_offered_cut_at_a_word_and_asks_what_it_shows()
    {
        var (name, value) = (await ChoicesAsync("stockp"))[0];

        Assert.InRange(name.Length, 1, DiscordLimits.ChoiceText);
        Assert.EndsWith("…", name, StringComparison.Ordinal);
        Assert.StartsWith(name[..^1] + " ", StockpilesFact, StringComparison.Ordinal);
        Assert.Equal(name, value);
    }

    [Fact]
    public async Task A_one_letter_prefix_offers_many_but_at_most_25_choices_of_at_most_100_characters()
    {
        var choices = await ChoicesAsync("s");

        Assert.InRange(choices.Count, 10, DiscordLimits.Choices);
        Assert.All(choices, c => Assert.InRange(c.Name.Length, 1, DiscordLimits.ChoiceText));
        Assert.All(choices, c => Assert.InRange(c.Value.Length, 1, DiscordLimits.ChoiceText));
        Assert.Equal(choices.Count, choices.Distinct().Count());
    }

    private static async Task<List<(string Name, string Value)>> ChoicesAsync(string typed)
    {
        await using var host = await DiscordTestHost.StartAsync(realCore: true);
        var connection = await host.ConnectAsync();
        await connection.DispatchAsync("INTERACTION_CREATE", 2, DiscordEvents.Autocomplete(InteractionId, Token, typed));

        var callback = (await host.Rest.WaitForAsync("POST", Callback)).Json;
        Assert.Equal(8, callback.GetProperty("type").GetInt32());
        return [.. callback.GetProperty("data").GetProperty("choices").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("value").GetString()!))];
    }
}
