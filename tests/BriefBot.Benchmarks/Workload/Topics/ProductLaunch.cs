namespace BriefBot.Benchmarks.Workload.Topics;

internal static class ProductLaunch
{
    public static Topic Topic { get; } = new(
        "product launch",
        ["analytics", "billing", "scheduling", "inventory", "messaging", "payroll", "booking", "reporting"],
        [
            "{Org} Launches {Name}, a New {TitleArea} App for {Team} Teams",
            "{Name} Launch Briefing for Customers in {Place}",
            "Introducing {Name}: Launch Plan and Key Dates",
            "What to Expect from the {Name} Release",
        ],
        [
            "{Org} will launch {Name} on {Date}, starting with customers in {Place}. The release replaces the {adj} {Area} tool that the {Team} team has used since {Year}.",
            "{Name}, the new {Area} app from {Org}, goes on sale on {Date}. Customers in {Place} get access first, and every other region follows by {Month}.",
        ],
        ["Launch Timeline", "Pricing and Availability", "What Customers Get", "Support and Training", "Known Limitations", "Rollout Plan", "Feedback from the Beta"],
        [
            "The public beta of {Name} opens on {Date2}.",
            "{Name} costs {Price} per user per year for teams of up to {Num} people.",
            "Existing customers get a {Pct} discount during the first year.",
            "The mobile app for {Name} ships {Num2} weeks after the web version.",
            "Project code {Code} tracks every launch task.",
            "{Person} leads the launch from the {Place} office.",
            "Support hours extend to {Time} during launch week.",
            "The {adj} {noun} feature is planned for a later release.",
            "Beta testers filed {Num3} reports in the first month.",
            "{Name} supports exports to every common {noun} format.",
        ],
        [
            "{Name} brings the {noun}, the {noun} and the {noun} into one {adj} workspace.",
            "Early testers at {Org2} reported that {Name} cut the time to {verb} a {noun} by {Pct2}.",
            "Customers in {Place} receive access first because the data center there is already {adj}.",
            "Sales staff must complete the {Name} training course before {Date2}.",
            "Pricing for larger companies is negotiated case by case with {Person2}.",
            "The launch event takes place in {Place} at {Time} on {Weekday}.",
            "Integration with the {noun} system is expected by the end of {Month}.",
            "Feedback from the beta is collected in the {Code} tracker and reviewed every {Weekday}.",
            "{Name} runs in the browser and does not need any local installation.",
            "Data from the old {Area} tool moves to {Name} automatically over {Num} days.",
            "The price includes {Num3} hours of onboarding with a specialist from {Org}.",
            "Analysts expect {Name} to win {Count} new customers in its first year.",
        ],
        [
            new("When does the {Name} launch actually start?", "{Name} launches on {Date}, starting with customers in {Place}."),
            new("How much does {Name} cost for a small team?", "{Name} costs {Price} per user per year for teams of up to {Num} people."),
            new("Who is leading the {Name} launch?", "{Person} leads the launch from the {Place} office."),
            new("Can existing customers get a discount on {Name}?", "Yes. Existing customers get a {Pct} discount during the first year."),
            new("Where can I find training for {Name}?", "Training is in the {Name} learning portal, and sales staff must finish it before {Date2}."),
            new("Does {Name} need a local installation?", "No. {Name} runs in the browser on any device."),
            new("What happens to data from the old tool after the {Name} release?", "It moves to {Name} automatically over {Num} days."),
            new("When will the mobile app for {Name} be released?", "The mobile app ships {Num2} weeks after the web version."),
            new("Which customers get access to {Name} first?", "Customers in {Place} get access first, and other regions follow by {Month}."),
            new("How do I report a problem with the {Name} beta?", "Report it in the {Code} tracker, which the {Team} team reviews every {Weekday}."),
        ],
        ["{Name} Launch Council", "{Name} Customer Advisory Board", "{Name} Release Readiness Review"]);
}
