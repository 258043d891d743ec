namespace BriefBot.Benchmarks.Fitting;

/// <summary>Plain logistic regression by full-batch gradient descent with a small L2 penalty: enough for seven weights.</summary>
internal static class LogisticFit
{
    public static double[] Fit(IReadOnlyList<(double[] X, bool Y, double Weight)> samples, double[] start, int iterations = 4000, double rate = 0.5, double l2 = 1e-3)
    {
        var w = (double[])start.Clone();
        var n = samples.Sum(s => s.Weight);
        var gradient = new double[w.Length];
        for (var it = 0; it < iterations; it++)
        {
            Array.Clear(gradient);
            foreach (var (x, y, weight) in samples)
            {
                var z = 0.0;
                for (var i = 0; i < w.Length; i++)
                {
                    z += w[i] * x[i];
                }

                var error = (1.0 / (1.0 + Math.Exp(-z))) - (y ? 1.0 : 0.0);
                for (var i = 0; i < w.Length; i++)
                {
                    gradient[i] += weight * error * x[i];
                }
            }

            for (var i = 0; i < w.Length; i++)
            {
                w[i] -= rate * ((gradient[i] / n) + (i == 0 ? 0 : l2 * w[i]));
            }
        }

        return w;
    }
}
