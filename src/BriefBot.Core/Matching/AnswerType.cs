using System.Text.RegularExpressions;

namespace BriefBot.Core.Matching;

/// <summary>
/// What kind of answer a question asks for ("when" wants a time, "how many" a number, "who" a name), and whether
/// a text holds that kind of thing. A text that cannot answer the kind of question asked is a weaker match,
/// however many words it shares with it.
/// </summary>
[Flags]
internal enum AnswerKind : byte
{
    None = 0,
    Time = 1,
    Duration = 2,
    Number = 4,
    Name = 8,
    Money = 16,
    Place = 32,

    /// <summary>What an answer too short to judge (a label such as "[CHECK_PINCODE]", a bare "Yes") is taken to hold.</summary>
    Any = Time | Duration | Number | Name | Money | Place,
}

internal static partial class AnswerType
{
    public static AnswerKind Asked(string question)
    {
        var q = question.ToLowerInvariant();
        if (HowLong().IsMatch(q))
        {
            return AnswerKind.Duration | AnswerKind.Time;
        }

        if (AsksTime().IsMatch(q))
        {
            return AnswerKind.Time;
        }

        if (AsksMoney().IsMatch(q))
        {
            return AnswerKind.Money;
        }

        if (AsksNumber().IsMatch(q))
        {
            return AnswerKind.Number;
        }

        if (AsksPlace().IsMatch(q))
        {
            return AnswerKind.Place;
        }

        return AsksName().IsMatch(q) ? AnswerKind.Name : AnswerKind.None;
    }

    /// <summary>The kinds of answer a text can give.</summary>
    public static AnswerKind Holds(string text)
    {
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3)
        {
            return AnswerKind.Any;
        }

        var kinds = AnswerKind.None;
        if (TimeMention().IsMatch(text))
        {
            kinds |= AnswerKind.Time;
        }

        if (DurationMention().IsMatch(text))
        {
            kinds |= AnswerKind.Duration | AnswerKind.Time;
        }

        if (NumberMention().IsMatch(text))
        {
            kinds |= AnswerKind.Number;
        }

        if (MoneyMention().IsMatch(text))
        {
            kinds |= AnswerKind.Money | AnswerKind.Number;
        }

        if (NameMention().IsMatch(text))
        {
            kinds |= AnswerKind.Name | AnswerKind.Place;
        }

        if (PlaceMention().IsMatch(text))
        {
            kinds |= AnswerKind.Place;
        }

        return kinds;
    }

    [GeneratedRegex(@"\bhow long\b|\bfor how many (?:days|weeks|months|years|hours)\b")]
    private static partial Regex HowLong();

    [GeneratedRegex(@"\bwhen\b|\bwhat (?:time|date|day|year|month)\b|\bwhich (?:day|date|year|month)\b|\bhow soon\b|\bdeadline\b|\bsince when\b|\buntil when\b")]
    private static partial Regex AsksTime();

    [GeneratedRegex(@"\b(?:how much|what)\b.*\b(?:cost|costs|price|prices|priced|pay|paid|spend|spent|fee|fees|charge|charged|budget|salary|worth|money|funding|funds)\b|\bhow (?:expensive|cheap)\b")]
    private static partial Regex AsksMoney();

    [GeneratedRegex(@"[$€£¥₹]\s?\d|\b\d[\d,.]*\s*(?:dollars?|euros?|pounds?|cents?|usd|eur|gbp|rupees?|inr)\b|\bfree\b|\bno (?:cost|charge)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyMention();

    [GeneratedRegex(@"\bhow (?:many|much|often|big|large|old|far|fast)\b|\bwhat (?:percentage|percent|proportion|share|number|amount|rate|price|cost)\b")]
    private static partial Regex AsksNumber();

    [GeneratedRegex(@"\bwhere\b|\bwhich (?:city|country|place|location|site|office|building|room|floor)\b")]
    private static partial Regex AsksPlace();

    // A place is a name (see NameMention) or a word for a spot: "level -2 of the garage", "in the basement".
    [GeneratedRegex(@"\b(?:level|floor|room|building|basement|garage|office|desk|lobby|site|campus|branch|hall|centre|center|street|road|page|portal|intranet|app|website|channel|folder|drive|locations?|address)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceMention();

    [GeneratedRegex(@"\bwho(?:m|se|'s)?\b|\bwhich (?:company|companies|team|agency|person|people|firm|vendor|department|organi[sz]ation)\b")]
    private static partial Regex AsksName();

    [GeneratedRegex(@"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|midnight|noon)\b|\b(?:19|20)\d\d\b|\b\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d\d\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:next|last|this|every|each)\s+(?:week|month|year|quarter|day|morning|evening)\b|\bquarter\b|\bq[1-4]\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeMention();

    [GeneratedRegex(@"\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b|\buntil\b|\bwithin\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationMention();

    [GeneratedRegex(@"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|percent|none|no one|nobody|single|double|twice|once)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberMention();

    // A capitalised word that does not start the text: a person, organisation or place.
    [GeneratedRegex(@"(?<=\S\s+)(?:Dr\.|Mr\.|Ms\.|Mrs\.)?\p{Lu}[\p{Ll}\p{Lu}]+|\b(?:officials?|team|department|agency|ministry|council|committee|board|engineers?|manager|director|president|chief|minister|spokesperson|staff)\b")]
    private static partial Regex NameMention();
}
