using BriefBot.Core.Matching;

namespace BriefBot.Core.Tests.Matching;

public sealed class ScoreModelTests
{
    [Fact]
    public void A_model_with_a_weight_missing_is_refused_with_the_signals_it_needs()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScoreModel([-6.0, 6.0, 4.0, 4.0, 4.0, 2.0, 0.5]));

        Assert.Contains($"has {ScoreModel.Names.Count} weights", error.Message, StringComparison.Ordinal);
        Assert.Contains("wrong kind of answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_support_weight_leaves_every_other_weight_as_it_was()
    {
        var changed = ScoreModel.Default.WithSupport(2.0);

        Assert.Equal(2.0, changed.Weights[ScoreModel.SupportWeight]);
        Assert.Equal(
            ScoreModel.Default.Weights.Where((_, i) => i != ScoreModel.SupportWeight),
            changed.Weights.Where((_, i) => i != ScoreModel.SupportWeight));
    }
}
