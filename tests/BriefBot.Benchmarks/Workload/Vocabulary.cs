namespace BriefBot.Benchmarks.Workload;

/// <summary>
/// Everyday workplace English that every generated document draws on, so documents share vocabulary the way real
/// briefings do and only their named entities and topics tell them apart.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Nouns =
    [
        "account", "agreement", "alert", "approval", "archive", "audit", "backlog", "badge", "balance", "batch",
        "benefit", "budget", "building", "calendar", "campaign", "checklist", "client", "contract", "cost", "course",
        "customer", "dashboard", "database", "deadline", "delivery", "department", "deposit", "design", "device",
        "document", "draft", "estimate", "event", "expense", "feature", "feedback", "file", "forecast", "form",
        "guide", "handbook", "invoice", "laptop", "license", "meeting", "message", "milestone", "network", "notice",
        "office", "order", "partner", "password", "payment", "permit", "phone", "plan", "portal", "printer",
        "priority", "procedure", "process", "project", "proposal", "purchase", "queue", "record", "refund", "region",
        "release", "report", "request", "requirement", "review", "schedule", "server", "service", "shift", "shipment",
        "signature", "software", "supplier", "survey", "system", "target", "task", "template", "ticket", "timeline",
        "tool", "training", "upgrade", "vendor", "warehouse", "website", "workflow", "workshop", "cluster", "backup",
        "contractor", "manager", "visitor", "volunteer", "inspection", "warranty", "incident", "sensor", "vehicle",
        "route", "inventory", "storage", "subscription", "discount", "quote", "claim", "policy", "agenda", "room",
    ];

    public static readonly string[] Adjectives =
    [
        "annual", "automatic", "basic", "broken", "careful", "central", "clear", "common", "complete", "critical",
        "current", "daily", "detailed", "digital", "direct", "early", "external", "final", "flexible", "formal",
        "full", "global", "internal", "large", "late", "legacy", "local", "main", "major", "manual", "minor",
        "monthly", "new", "official", "old", "open", "optional", "partial", "permanent", "personal", "primary",
        "private", "public", "quarterly", "quick", "regional", "regular", "remote", "reliable", "required", "secure",
        "separate", "shared", "short", "simple", "slow", "small", "special", "stable", "standard", "strict",
        "temporary", "total", "urgent", "weekly", "wide", "unplanned", "revised", "outdated", "expensive",
    ];

    public static readonly string[] Verbs =
    [
        "approve", "archive", "audit", "book", "build", "cancel", "change", "check", "clean", "close", "collect",
        "confirm", "connect", "cover", "create", "delay", "deliver", "deploy", "design", "document", "extend",
        "finish", "fix", "handle", "improve", "install", "limit", "list", "manage", "measure", "merge", "migrate",
        "monitor", "move", "order", "plan", "prepare", "publish", "reduce", "register", "remove", "renew", "repair",
        "replace", "report", "review", "schedule", "share", "sign", "simplify", "support", "test", "track", "train",
        "update", "upgrade", "verify", "retire", "label", "restore",
    ];

    public static readonly string[] Teams =
    [
        "finance", "platform", "support", "security", "facilities", "legal", "marketing", "sales", "operations",
        "procurement", "design", "data", "infrastructure", "payroll", "logistics", "compliance", "research",
        "quality", "network", "field service", "customer success", "people", "communications", "risk",
    ];

    public static readonly string[] FirstNames =
    [
        "Amara", "Ben", "Carla", "Daniel", "Elena", "Farid", "Grace", "Hugo", "Ines", "James", "Keiko", "Liam",
        "Maya", "Noah", "Olivia", "Pavel", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wendy", "Xavier",
        "Yusuf", "Zoe", "Anders", "Bianca", "Chen", "Dmitri", "Esther", "Felix", "Gloria", "Hannah", "Ivan",
        "Julia", "Kofi", "Laura", "Marco", "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Ulla", "Victor",
        "Wei", "Yara", "Aisha", "Bruno", "Clara", "David", "Emil", "Fatima", "Gareth", "Helen", "Isaac", "Jonas",
    ];

    public static readonly string[] Surnames =
    [
        "Abbott", "Baker", "Castillo", "Dawson", "Ellis", "Fischer", "Gallagher", "Haddad", "Iversen", "Jensen",
        "Kowalski", "Lindqvist", "Morales", "Nakamura", "Okafor", "Patel", "Quintero", "Reyes", "Schneider",
        "Tanaka", "Underwood", "Varga", "Whitfield", "Xu", "Yilmaz", "Zimmerman", "Andersen", "Brennan", "Costa",
        "Dubois", "Eriksen", "Ferreira", "Gupta", "Hoffman", "Ibrahim", "Jovanovic", "Kaur", "Lambert", "Mendes",
        "Novak", "Olsen", "Petrov", "Rossi", "Sato", "Thornton", "Urban", "Vasquez", "Wagner", "Young", "Zhang",
        "Adeyemi", "Bauer", "Carter", "Delgado", "Evans", "Fontaine", "Greco", "Horvat", "Ito", "Keller",
    ];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static string Plural(string noun) => noun switch
    {
        _ when noun.EndsWith('y') && !"aeiou".Contains(noun[^2], StringComparison.Ordinal) => noun[..^1] + "ies",
        _ when noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) => noun + "es",
        _ => noun + "s",
    };
}
