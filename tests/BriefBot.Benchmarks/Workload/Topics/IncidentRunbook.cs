namespace BriefBot.Benchmarks.Workload.Topics;

internal static class IncidentRunbook
{
    public static Topic Topic { get; } = new(
        "incident runbook",
        ["payments", "login", "search", "shipping", "billing", "messaging", "booking", "reporting"],
        [
            "Incident Runbook for the {Name} Service",
            "{Name} Outage Runbook ({Code})",
            "Runbook: Restoring the {Name} {TitleArea} Service",
        ],
        [
            "This runbook covers outages of the {Name} service, which handles {Area} requests for {Org}. Follow it whenever the error rate stays above {Pct} for more than {Num} minutes.",
            "The {Name} service runs the {Area} system of {Org} from data centers in {Place} and {Place2}. This runbook explains how to detect, contain and recover from an outage.",
        ],
        ["Detection", "First Response", "Escalation", "Recovery Steps", "Communication", "After the Incident", "Known Causes"],
        [
            "{Person} is the primary on-call engineer for {Name} this week.",
            "Escalate when the error rate stays above {Pct} for {Num} minutes.",
            "The {Name} dashboards are linked from the {Code} page.",
            "Never restart both regions of {Name} at the same time.",
            "Recovery normally takes about {Num2} minutes.",
            "The status page must be updated within {Num3} minutes.",
            "Backups of the {Name} database run every night at {Time}.",
            "The {Team} team owns the {Name} alerts.",
            "Traffic can be moved to {Place2} in under five minutes.",
            "Every incident gets a review within {Num} days.",
        ],
        [
            "Most outages of {Name} come from a full {noun} queue after a {adj} deploy.",
            "Drain traffic in {Place} first, then restart the {Name} nodes one at a time.",
            "If the {noun} cache is {adj}, clear it before restarting any node.",
            "The on-call engineer must {verb} the {noun} log before changing anything.",
            "Customers of {Org} in {Place} lose access to {Area} features when {Name} fails.",
            "{Person2} is the backup engineer and joins any incident that lasts longer than an hour.",
            "The last major outage of {Name}, on {Date}, lasted {Num2} minutes.",
            "Alerts for {Name} are sent to the {Team} channel and to the pager of the on-call engineer.",
            "Write the incident review in {Code} and share it with {Org2}, which hosts part of the service.",
            "During an outage the {Team} team will {verb} the {adj} {noun} every {Num} minutes.",
            "A {adj} {noun} in {Place2} handles about {Count} requests per minute.",
            "Rolling back a release of {Name} takes about {Num} minutes with the deploy tool.",
        ],
        [
            new("Who is on call for the {Name} service this week?", "{Person} is the primary on-call engineer, with {Person2} as backup."),
            new("How do I restart the {Name} service safely?", "Drain traffic in {Place} first, then restart the nodes one at a time."),
            new("When should I escalate a {Name} incident?", "Escalate when the error rate stays above {Pct} for {Num} minutes."),
            new("Where are the dashboards for {Name}?", "The dashboards are linked from the {Code} page on the {Team} wiki."),
            new("What is the usual cause of {Name} outages?", "Most outages come from a full queue after a deploy."),
            new("How long does recovery of the {Name} service normally take?", "Recovery normally takes about {Num2} minutes."),
            new("Which customers are affected when {Name} fails?", "Customers of {Org} in {Place} lose access to {Area} features."),
            new("Do I need to tell customers about a {Name} outage?", "Yes. The status page must be updated within {Num3} minutes."),
            new("What should I do after fixing a {Name} incident?", "Write a review in {Code} within {Num} days."),
            new("Can I move {Name} traffic to another region?", "Yes. Traffic can be moved to {Place2} in under five minutes."),
        ],
        ["{Name} Incident Command", "{Name} Site Reliability Team", "{Name} Change Advisory Board"]);
}
