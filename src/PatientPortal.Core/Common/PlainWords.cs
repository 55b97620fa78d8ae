namespace PatientPortal.Core.Common;

/// <summary>Durations as patients read them in messages ("3 days", "15 minutes").</summary>
public static class PlainWords
{
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } when span.TotalHours % 24 == 0 => span.TotalDays == 1 ? "24 hours" : $"{span.TotalDays:0} days",
        { TotalHours: >= 1 } => span.TotalHours == 1 ? "1 hour" : $"{span.TotalHours:0} hours",
        _ => $"{Math.Max(1, span.TotalMinutes):0} minutes",
    };
}
