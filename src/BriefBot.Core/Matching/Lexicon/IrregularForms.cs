using System.Collections.Frozen;

namespace BriefBot.Core.Matching.Lexicon;

/// <summary>
/// Common English irregular plurals and verb forms, mapped to their dictionary form, so "children" meets "child"
/// and "paid" meets "pay" where no suffix rule could.
/// </summary>
internal static class IrregularForms
{
    private static readonly FrozenDictionary<string, string> Forms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["children"] = "child", ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["feet"] = "foot",
        ["teeth"] = "tooth", ["mice"] = "mouse", ["geese"] = "goose", ["lives"] = "life", ["wives"] = "wife",
        ["knives"] = "knife", ["leaves"] = "leaf", ["halves"] = "half", ["analyses"] = "analysis", ["crises"] = "crisis",
        ["criteria"] = "criterion", ["phenomena"] = "phenomenon", ["indices"] = "index", ["matrices"] = "matrix",
        ["arose"] = "arise", ["arisen"] = "arise", ["ate"] = "eat", ["eaten"] = "eat", ["began"] = "begin",
        ["begun"] = "begin", ["bent"] = "bend", ["bit"] = "bite", ["bitten"] = "bite", ["blew"] = "blow",
        ["blown"] = "blow", ["broke"] = "break", ["broken"] = "break", ["brought"] = "bring", ["built"] = "build",
        ["bought"] = "buy", ["caught"] = "catch", ["chose"] = "choose", ["chosen"] = "choose", ["came"] = "come",
        ["dealt"] = "deal", ["drew"] = "draw", ["drawn"] = "draw", ["drove"] = "drive", ["driven"] = "drive",
        ["drank"] = "drink", ["drunk"] = "drink", ["fell"] = "fall", ["fallen"] = "fall", ["fed"] = "feed",
        ["felt"] = "feel", ["fought"] = "fight", ["found"] = "find", ["fled"] = "flee", ["flew"] = "fly",
        ["flown"] = "fly", ["forbade"] = "forbid", ["forbidden"] = "forbid", ["forgot"] = "forget",
        ["forgotten"] = "forget", ["froze"] = "freeze", ["frozen"] = "freeze", ["gave"] = "give", ["given"] = "give",
        ["went"] = "go", ["gone"] = "go", ["grew"] = "grow", ["grown"] = "grow", ["hung"] = "hang", ["heard"] = "hear",
        ["hid"] = "hide", ["hidden"] = "hide", ["held"] = "hold", ["kept"] = "keep", ["knew"] = "know",
        ["known"] = "know", ["laid"] = "lay", ["led"] = "lead", ["left"] = "leave", ["lent"] = "lend", ["lay"] = "lie",
        ["lain"] = "lie", ["lost"] = "lose", ["made"] = "make", ["meant"] = "mean", ["met"] = "meet", ["paid"] = "pay",
        ["ran"] = "run", ["rang"] = "ring", ["rung"] = "ring", ["rose"] = "rise", ["risen"] = "rise", ["rode"] = "ride",
        ["ridden"] = "ride", ["said"] = "say", ["saw"] = "see", ["seen"] = "see", ["sold"] = "sell", ["sent"] = "send",
        ["shook"] = "shake", ["shaken"] = "shake", ["shot"] = "shoot", ["shown"] = "show", ["shrank"] = "shrink",
        ["sang"] = "sing", ["sung"] = "sing", ["sank"] = "sink", ["sunk"] = "sink", ["sat"] = "sit", ["slept"] = "sleep",
        ["slid"] = "slide", ["spoke"] = "speak", ["spoken"] = "speak", ["spent"] = "spend", ["spun"] = "spin",
        ["stood"] = "stand", ["stole"] = "steal", ["stolen"] = "steal", ["stuck"] = "stick", ["stung"] = "sting",
        ["struck"] = "strike", ["stricken"] = "strike", ["swore"] = "swear", ["sworn"] = "swear", ["swept"] = "sweep",
        ["swam"] = "swim", ["swum"] = "swim", ["took"] = "take", ["taken"] = "take", ["taught"] = "teach",
        ["tore"] = "tear", ["torn"] = "tear", ["told"] = "tell", ["thought"] = "think", ["threw"] = "throw",
        ["thrown"] = "throw", ["understood"] = "understand", ["woke"] = "wake", ["woken"] = "wake", ["wore"] = "wear",
        ["worn"] = "wear", ["won"] = "win", ["wound"] = "wind", ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw",
        ["wrote"] = "write", ["written"] = "write", ["undertook"] = "undertake", ["undertaken"] = "undertake",
        ["overtook"] = "overtake", ["overtaken"] = "overtake", ["upheld"] = "uphold", ["withheld"] = "withhold",
        ["sought"] = "seek", ["dug"] = "dig", ["lit"] = "light", ["slain"] = "slay",
        ["better"] = "good", ["best"] = "good", ["worse"] = "bad", ["worst"] = "bad", ["further"] = "far",
        ["farther"] = "far",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string? Lemma(string word) => Forms.GetValueOrDefault(word);
}
