namespace BriefBot.Benchmarks.Workload.Topics;

internal static class PolicyUpdate
{
    public static Topic Topic { get; } = new(
        "policy update",
        ["travel", "remote work", "expense", "equipment", "data retention", "overtime", "visitor", "vehicle", "purchasing"],
        [
            "{Org} Updates Its {TitleArea} Policy",
            "Changes to the {TitleArea} Policy at {Org} from {Month}",
            "New {TitleArea} Rules for {Org} Staff",
        ],
        [
            "{Org} has updated its {Area} policy for all staff, and the new rules take effect on {Date}. The change follows an internal audit led by {Person} of the {Team} team.",
            "From {Date}, every employee of {Org} must follow a revised {Area} policy. The old policy, in place since {Year}, ends on the same day.",
        ],
        ["What Changes", "Who Is Covered", "Approvals and Limits", "Exceptions", "Timeline", "Where to Get Help", "Background to the Change"],
        [
            "The new {Area} policy takes effect on {Date}.",
            "Requests above {Price} need written approval from a manager.",
            "Contractors of {Org} follow the same rules as employees.",
            "Staff must confirm the new rules in the {Code} form before {Date2}.",
            "Requests must be submitted within {Num} working days.",
            "Exceptions are granted only by {Person2}.",
            "The policy applies in {Place} and {Place2}.",
            "Managers review every {adj} request once a week.",
            "The full policy text is {Num2} pages long.",
            "A first breach of the rules leads to a written warning.",
        ],
        [
            "The audit found {adj} {nouns} in {Num} offices of {Org}.",
            "Managers must {verb} each {Area} request within {Num} days of receiving it.",
            "The {Team} team will publish a {adj} guide to the new rules before {Date2}.",
            "Staff in {Place} asked for clearer rules after a {adj} {noun} last year.",
            "Any {noun} bought under the old policy stays valid until {Date}.",
            "The policy was drafted with {Org2} and reviewed by the legal team.",
            "Employees who break the rules twice lose the right to {verb} their own {nouns}.",
            "{Person} will hold a briefing on the changes at {Time} on {Weekday}.",
            "Spending under the {Area} policy rose by {Pct2} in {Year}.",
            "The full text of the policy is on the intranet of {Org} under {Code}.",
            "Part-time staff are covered from their first day at {Org}.",
            "The rules will be reviewed again after {Num2} months.",
        ],
        [
            new("When does the new {Area} policy at {Org} take effect?", "The updated {Area} policy takes effect on {Date}."),
            new("Who needs to follow the {Area} policy of {Org}?", "All employees and contractors of {Org} in {Place} and {Place2} must follow it."),
            new("Why did {Org} change its {Area} policy?", "An audit by the {Team} team found problems in {Num} offices."),
            new("Do I need approval from my manager under the {Org} {Area} policy?", "Yes. Requests above {Price} need written approval from a manager."),
            new("What is the deadline to confirm the new {Area} rules at {Org}?", "Staff must confirm the new rules in the {Code} form before {Date2}."),
            new("How many days do I have to submit a request to {Org}?", "Requests must be submitted within {Num} working days."),
            new("Where can I read the full {Area} policy of {Org}?", "The full text is on the intranet of {Org} under {Code}."),
            new("Who can I contact about the {Area} policy at {Org}?", "{Person} in the {Team} team answers questions about the policy."),
            new("What happens if someone breaks the {Area} rules at {Org}?", "A first breach leads to a written warning from {Person2}."),
            new("Is the old {Area} policy of {Org} still valid?", "No. The old policy ends on {Date}."),
        ],
        ["{Name} Policy Review Board", "{Name} Spending Approval Committee", "{Name} Compliance Office"]);
}
