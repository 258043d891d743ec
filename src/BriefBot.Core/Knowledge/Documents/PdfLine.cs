namespace BriefBot.Core.Knowledge.Documents;

/// <summary>One line of a PDF page's text layer: its words left to right, its baseline, size and weight.</summary>
internal sealed record PdfLine(string Text, int Page, double Baseline, double Left, double Size, bool Bold);
