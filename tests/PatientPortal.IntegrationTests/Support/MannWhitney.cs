namespace PatientPortal.IntegrationTests.Support;

/// <summary>The Mann-Whitney U test (two-sided, normal approximation with ties corrected): do two samples differ in level?</summary>
public static class MannWhitney
{
    public static double PValue(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var all = first.Select(value => (Value: value, First: true)).Concat(second.Select(value => (Value: value, First: false))).OrderBy(item => item.Value).ToList();
        var ranks = new double[all.Count];
        var ties = 0.0;
        for (var start = 0; start < all.Count;)
        {
            var end = start;
            while (end + 1 < all.Count && all[end + 1].Value == all[start].Value)
            {
                end++;
            }

            var count = end - start + 1;
            ties += (Math.Pow(count, 3) - count);
            for (var index = start; index <= end; index++)
            {
                ranks[index] = (start + end) / 2.0 + 1;
            }

            start = end + 1;
        }

        double n1 = first.Count, n2 = second.Count, n = n1 + n2;
        var rankSum = all.Select((item, index) => item.First ? ranks[index] : 0).Sum();
        var u = rankSum - (n1 * (n1 + 1) / 2);
        var sd = Math.Sqrt(n1 * n2 / 12 * (n + 1 - (ties / (n * (n - 1)))));
        var z = Math.Abs(u - (n1 * n2 / 2)) / sd;
        return 2 * (1 - NormalCdf(z));
    }

    // Abramowitz and Stegun 7.1.26; accurate to about 1e-7, plenty for a p-value threshold.
    private static double NormalCdf(double z)
    {
        var x = z / Math.Sqrt(2);
        var t = 1 / (1 + (0.3275911 * x));
        var erf = 1 - ((((((((1.061405429 * t) - 1.453152027) * t) + 1.421413741) * t) - 0.284496736) * t) + 0.254829592) * t * Math.Exp(-x * x);
        return 0.5 * (1 + erf);
    }
}
