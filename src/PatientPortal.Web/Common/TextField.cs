namespace PatientPortal.Web.Common;

/// <summary>One labelled input of a public form, with its hint and error wired up for screen readers.</summary>
public sealed record TextField(string Name, string Label, string Type, string? Value, string? Error, string? Hint = null, string? Autocomplete = null)
{
    public string DescribedBy => string.Join(' ', new[] { Hint is null ? null : $"{Name}-hint", Error is null ? null : $"{Name}-error" }.OfType<string>());
}
