namespace BriefBot.Benchmarks.Workload.Topics;

internal static class SecurityAdvisory
{
    public static Topic Topic { get; } = new(
        "security advisory",
        ["VPN gateway", "mail server", "file sync client", "printer firmware", "web portal", "badge reader"],
        [
            "Security Advisory {Code}: Flaw in {Name} {TitleArea}",
            "Critical Update Required for {Name} {TitleArea}",
            "Advisory {Code} on the {Name} Vulnerability",
        ],
        [
            "A critical flaw in the {Name} {Area} lets an attacker run code without signing in. {Org} has published a fix under advisory {Code}, and every system must be patched before {Date2}.",
            "Researchers at {Org2} found a serious vulnerability in {Name}, the {Area} used across {Org}. The security team rates advisory {Code} as critical and asks all teams to update now.",
        ],
        ["Affected Versions", "Risk Assessment", "How to Patch", "Workarounds", "Detection", "Timeline and Contacts"],
        [
            "Versions of {Name} before {Num}.{Num2} are affected.",
            "All systems must be patched before {Date2}.",
            "The flaw was reported on {Date}.",
            "{Org} has found no evidence that customer data was accessed.",
            "The update is available on the {Org} download portal.",
            "Restart the service after installing the update.",
            "{Person} coordinates the response on the {Team} team.",
            "Port {Count} should be blocked until the patch is in place.",
            "About {Num3} servers in {Place} still run an old version.",
        ],
        [
            "An attacker who can reach the {Name} {Area} over the network can run code without signing in.",
            "The security team rates {Code} as critical because the flaw is easy to exploit.",
            "Install the update from the {Org} portal, then restart the service and check the version number.",
            "If a patch is not possible, block outside access to port {Count} on every {Name} server.",
            "The {Team} team will {verb} the {adj} {noun} on each server before {Weekday}.",
            "Logs from the past {Num2} days should be checked for {adj} sign-in attempts.",
            "Researchers at {Org2} reported the flaw privately on {Date}.",
            "Servers in {Place2} were patched first because they face the internet.",
            "{Person2} will report progress on the patch to the board every {Weekday}.",
            "The vendor has credited {Org2} in its {adj} {noun}.",
            "A second, smaller fix for the {Name} {Area} is expected in {Month}.",
            "Teams that cannot patch in time must ask {Person} for an exception.",
        ],
        [
            new("Which versions of {Name} are affected by {Code}?", "Versions of {Name} before {Num}.{Num2} are affected."),
            new("How do I patch {Name} against {Code}?", "Install the update from the {Org} portal, then restart the service."),
            new("Is customer data at risk from the {Name} vulnerability?", "{Org} has found no evidence that customer data was accessed."),
            new("When was the {Name} vulnerability discovered?", "Researchers at {Org2} reported it on {Date}."),
            new("Who should I contact about the {Code} advisory?", "Contact {Person} on the {Team} team."),
            new("What is the deadline for fixing {Code}?", "All systems must be patched before {Date2}."),
            new("Why is the {Name} flaw rated critical?", "An attacker can run code remotely without signing in."),
            new("Can I keep using {Name} before the patch is installed?", "Yes, but block outside access to port {Count} until the patch is in place."),
            new("How many servers still run an old version of {Name}?", "About {Num3} servers in {Place} still run an old version."),
        ],
        ["{Name} Security Response Team", "{Name} Vulnerability Review Board", "{Name} Patch Management Office"]);
}
