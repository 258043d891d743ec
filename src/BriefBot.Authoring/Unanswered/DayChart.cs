using BriefBot.Authoring.Pages;

namespace BriefBot.Authoring.Unanswered;

/// <summary>
/// The per-day chart as inline SVG bars (answered stacked on declined), drawn on the server so the page needs no
/// script; the same numbers follow in a table, which is what a screen reader reads.
/// </summary>
public static class DayChart
{
    private const int Height = 120;
    private const int BarWidth = 14;
    private const int Gap = 4;

    public static Html Render(IReadOnlyList<DayCount> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var max = Math.Max(1, days.Select(d => d.Answered + d.Declined).DefaultIfEmpty(0).Max());
        var width = Math.Max(1, days.Count * (BarWidth + Gap));
        var bars = Html.Join(days.Select((d, i) =>
        {
            var x = i * (BarWidth + Gap);
            var answered = Scale(d.Answered, max);
            var declined = Scale(d.Declined, max);
            return Html.Of($"""<g><title>{d.Day:yyyy-MM-dd}: {d.Answered} answered, {d.Declined} declined</title><rect class="answered" x="{x}" y="{Height - answered}" width="{BarWidth}" height="{answered}"></rect><rect class="declined" x="{x}" y="{Height - answered - declined}" width="{BarWidth}" height="{declined}"></rect></g>""");
        }));
        var rows = Html.Join(days.Select(d => Html.Of($"<tr><th scope=\"row\">{d.Day:yyyy-MM-dd}</th><td>{d.Answered}</td><td>{d.Declined}</td></tr>")));
        return Html.Of($"""
            <figure class="chart">
            <svg viewBox="0 0 {width} {Height}" preserveAspectRatio="none" role="img" aria-label="Questions answered and declined per day">{bars}</svg>
            <figcaption><span class="key answered">answered</span> <span class="key declined">declined</span></figcaption>
            </figure>
            <details><summary>Numbers per day</summary>
            <table><thead><tr><th scope="col">Day (UTC)</th><th scope="col">Answered</th><th scope="col">Declined</th></tr></thead><tbody>{rows}</tbody></table>
            </details>
            """);
    }

    private static int Scale(int count, int max) => (int)Math.Round(count * (double)Height / max, MidpointRounding.AwayFromZero);
}
