namespace BriefBot.Core.Tests.Knowledge.Documents;

/// <summary>One block of a document the test writers write: what a reader of the Word, PDF or HTML file sees.</summary>
internal sealed record TwinBlock(TwinKind Kind, string Text);

internal enum TwinKind
{
    Title,
    Heading,
    Bullet,
    Paragraph,
}
