namespace BriefBot.Core.Knowledge.Documents;

public enum DocumentBlockKind
{
    Paragraph,
    Heading,
    Bullet,
}
