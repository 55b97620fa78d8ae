namespace PatientPortal.Core.Imports;

internal static class Text
{
    /// <summary>Trimmed, and null when nothing is left: a blank cell means "not given".</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
