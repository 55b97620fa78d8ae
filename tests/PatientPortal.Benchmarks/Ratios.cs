using System.Globalization;

namespace PatientPortal.Benchmarks;

/// <summary>How a harness reports its alternated rounds: each round's ratio to its anchor, then their median and spread.</summary>
internal static class Ratios
{
    public static string Summary(string what, IReadOnlyCollection<double> ratios) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: median {ratios.Order().ElementAt(ratios.Count / 2):F2}, spread {ratios.Min():F2}–{ratios.Max():F2}");
}
