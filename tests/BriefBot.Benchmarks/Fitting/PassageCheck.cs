using System.Globalization;
using BriefBot.Core.Matching;
using BriefBot.Core.Matching.Semantic;
using BriefBot.Embeddings;

namespace BriefBot.Benchmarks.Fitting;

/// <summary>
/// What declines offer on the held-out briefings (<c>--passages</c>, <c>--lexical</c> for no model), at a few floors
/// (<c>Matching:PassageThreshold</c>): of the answerable questions declined, how many are offered passages and how
/// many of those hold the expected phrase; of the unanswerable ones, how many are offered passages at all.
/// </summary>
internal static class PassageCheck
{
    private static readonly int[] Floors = [5, 10, 20, 30];

    public static async Task RunAsync(string evalFolder, bool semantic, TextWriter output, CancellationToken cancellationToken)
    {
        using var encoder = semantic ? new MiniLmEncoder() : null;
        foreach (var group in new[] { "heldout", "heldout2", "heldout3", "heldout4", "heldout5" })
        {
            var sets = await EvalSet.BriefingsAsync(Path.Combine(evalFolder, group), cancellationToken);
            var indexes = sets.Select(s => encoder is null ? null : SemanticIndex.Build(s.Knowledge, encoder, cancellationToken: cancellationToken)).ToList();
            foreach (var floor in Floors)
            {
                int declined = 0, offered = 0, holding = 0, outOfScope = 0, outOfScopeOffered = 0;
                for (var i = 0; i < sets.Count; i++)
                {
                    var matcher = new Matcher(sets[i].Knowledge, new MatchingOptions { PassageThreshold = floor }, indexes[i]);
                    foreach (var q in sets[i].Questions)
                    {
                        var reply = matcher.Answer(q.Question);
                        if (reply.Answered)
                        {
                            continue;
                        }

                        var any = reply.Passages.Count > 0 ? 1 : 0;
                        if (q.OutOfScope)
                        {
                            outOfScope++;
                            outOfScopeOffered += any;
                            continue;
                        }

                        declined++;
                        offered += any;
                        holding += reply.Passages.Any(p => q.Expected.Any(e => p.Quote.Text.Contains(e, StringComparison.OrdinalIgnoreCase))) ? 1 : 0;
                    }
                }

                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{group,-10} floor {floor,2}: answerable declined {declined}, offered passages {offered}, holding the answer {holding}; unanswerable declined {outOfScope}, offered passages {outOfScopeOffered}"));
            }
        }
    }
}
