namespace BriefBot.Benchmarks.Workload.Topics;

internal static class HrNotice
{
    public static Topic Topic { get; } = new(
        "HR notice",
        ["health", "pension", "wellness", "commuter", "childcare", "dental", "learning"],
        [
            "Open Enrollment for the {Name} {TitleArea} Plan",
            "{Org} Introduces the {Name} {TitleArea} Plan",
            "People Team Notice: the {Name} Plan for {Year}",
        ],
        [
            "{Org} is introducing the {Name} {Area} plan for all permanent staff from {Date}. Open enrollment runs until {Date2}, and the people team will answer questions at drop-in sessions in {Place}.",
            "The {Name} plan replaces the {adj} {Area} scheme that {Org} has offered since {Year}. Staff who do nothing will move to the basic level of the new plan on {Date}.",
        ],
        ["Who Is Eligible", "What It Costs", "How to Enroll", "Key Dates", "Family Members", "Questions and Support"],
        [
            "Open enrollment for {Name} starts on {Date}.",
            "Enrollment closes on {Date2}.",
            "Employees pay {Price} a month and {Org} pays the rest.",
            "Staff become eligible after {Num} months at {Org}.",
            "Partners and children can be added during enrollment.",
            "Staff in {Place} also get a {Pct} travel allowance.",
            "Sign up on the people portal under {Code}.",
            "{Person} runs drop-in sessions every {Weekday}.",
            "The plan covers {Num3} approved providers.",
        ],
        [
            "The {Name} plan was chosen after a survey in which {Pct2} of staff asked for better {Area} cover.",
            "Staff who miss the deadline keep their current plan until the next enrollment in {Month}.",
            "The people team will {verb} every {adj} {noun} within {Num} working days.",
            "The plan is provided by {Org2}, which also runs the {Area} helpline.",
            "Part-time staff can join the plan at a reduced price.",
            "Drop-in sessions take place in the {Place} office at {Time} on {Weekday}.",
            "A {adj} {noun} with the full price list is attached to the enrollment {noun}.",
            "Contractors are not covered by the {Name} plan.",
            "Staff on leave can enroll by sending the {noun} form to {Person2}.",
            "About {Count} employees joined the previous scheme in {Year}.",
            "Changes after enrollment are only possible when a family situation changes.",
            "Managers should {verb} the {noun} with new joiners during their first week.",
        ],
        [
            new("When does open enrollment for the {Name} plan start?", "Open enrollment starts on {Date} and ends on {Date2}."),
            new("Who is eligible for the {Name} {Area} plan?", "All permanent staff who have worked at {Org} for {Num} months are eligible."),
            new("How much does the {Name} plan cost each month?", "Employees pay {Price} a month and {Org} pays the rest."),
            new("Can I add my partner to the {Name} plan?", "Yes. Partners and children can be added during enrollment."),
            new("Who should I contact about the {Name} benefits?", "{Person} in the people team answers questions at drop-in sessions every {Weekday}."),
            new("What happens if I miss the {Name} enrollment deadline?", "You keep your current plan until the next enrollment in {Month}."),
            new("Where do I sign up for the {Name} plan?", "Sign up on the people portal of {Org} under {Code}."),
            new("Is the {Name} plan available to staff in {Place}?", "Yes, and staff in {Place} also get a {Pct} travel allowance."),
            new("Are contractors covered by the {Name} plan?", "No. The plan is only for permanent staff."),
        ],
        ["{Name} Employee Benefits Council", "{Name} Health Savings Account", "{Name} Wellness Support Line"]);
}
