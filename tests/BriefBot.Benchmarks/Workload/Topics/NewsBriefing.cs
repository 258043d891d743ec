namespace BriefBot.Benchmarks.Workload.Topics;

internal static class NewsBriefing
{
    public static Topic Topic { get; } = new(
        "news briefing",
        ["shipping", "energy", "retail", "health", "banking", "farming", "aviation", "steel"],
        [
            "{Org} Agrees to Buy {Org2} in {Money} Deal",
            "{Org} to Acquire {Org2} as {TitleArea} Market Shifts",
            "Briefing: the {Org} Takeover of {Org2}",
        ],
        [
            "{Org} has agreed to buy its rival {Org2} for {Money}, creating the largest {Area} company in {Place}. The deal, code-named Project {Name}, was announced by {Person} on {Date}.",
            "In a deal that could reshape the {Area} industry, {Org} will acquire {Org2} for {Money}. Regulators in {Place} must approve the takeover before {Date2}.",
        ],
        ["The Deal", "Why Now", "Market Reaction", "Regulators and Critics", "What Happens Next", "Impact on Staff"],
        [
            "The deal is worth {Money}, paid in cash and shares.",
            "Shares of {Org} rose {Pct} on the day of the announcement.",
            "The combined company will employ about {Count} people.",
            "{Org2} will keep its brand for at least {Num} years.",
            "The deal is expected to close on {Date2}.",
            "Regulators in {Place} must approve the takeover.",
            "The board of {Org2} backed the offer unanimously.",
            "{Person2} will run the combined {Area} business.",
            "Project {Name} was kept secret for {Num2} weeks.",
        ],
        [
            "{Org} wants the {Area} business of {Org2} to grow faster in {Place}.",
            "Analysts said the price was {adj} but fair given the {adj} {Area} market.",
            "Critics warn that the deal could raise prices for {Area} customers in {Place}.",
            "{Person}, chief executive of {Org}, said no jobs will be cut for at least {Num} months.",
            "The two companies first discussed a merger in {Year}, but talks broke down over the {noun}.",
            "Unions in {Place2} have asked for a meeting with {Person2} before {Month}.",
            "Investors in {Org2} will receive {Num} new shares for every ten they hold.",
            "The takeover follows a {adj} year in which profits at {Org2} fell {Pct2}.",
            "Both companies will {verb} their {adj} {nouns} within {Num3} days of closing.",
            "Smaller rivals say the deal leaves them with a {adj} share of the market in {Place}.",
            "A hearing on the takeover is set for {Time} on {Weekday} in {Place}.",
            "The deal was advised by bankers at {Org2} and lawyers from {Place2}.",
        ],
        [
            new("Why is {Org} buying {Org2}?", "{Org} wants the {Area} business of {Org2} to grow faster in {Place}."),
            new("How much is {Org} paying for {Org2}?", "The deal is worth {Money}, paid in cash and shares."),
            new("When will the takeover of {Org2} close?", "The deal is expected to close on {Date2}, subject to approval by regulators."),
            new("Who announced the {Org2} deal?", "{Person}, chief executive of {Org}, announced the deal on {Date}."),
            new("Will jobs be cut after {Org} buys {Org2}?", "{Org} says no jobs will be cut for at least {Num} months."),
            new("What do critics say about the {Org2} takeover?", "Critics warn that the deal could raise prices for customers in {Place}."),
            new("How did investors react to the {Org2} announcement?", "Shares of {Org} rose {Pct} on the day of the announcement."),
            new("Does the {Org2} deal need approval from regulators?", "Yes. Regulators in {Place} must approve it before {Date2}."),
            new("Who will run the business after the {Org2} takeover?", "{Person2} will run the combined {Area} business."),
        ],
        ["{Name} Merger Review Office", "{Name} Market Competition Authority", "{Name} Integration Steering Group"]);
}
