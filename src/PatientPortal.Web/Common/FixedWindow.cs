using System.Globalization;

namespace PatientPortal.Web.Common;

/// <summary>A window of the clock, aligned to the Unix epoch so every server agrees which one "now" is in.</summary>
public readonly record struct FixedWindow(long Index, TimeSpan Length)
{
    public DateTimeOffset End => DateTimeOffset.FromUnixTimeSeconds((Index + 1) * Seconds);

    public FixedWindow Previous => this with { Index = Index - 1 };

    private long Seconds => (long)Length.TotalSeconds;

    public static FixedWindow At(DateTimeOffset now, TimeSpan length) => new(now.ToUnixTimeSeconds() / (long)length.TotalSeconds, length);

    /// <summary>A counter key for this window: the name, then the window's length and number.</summary>
    public string Key(string name) => string.Create(CultureInfo.InvariantCulture, $"{name}|{Seconds}|{Index}");
}
