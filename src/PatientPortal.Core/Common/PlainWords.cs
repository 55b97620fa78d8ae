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

    /// <summary>A wait as a person reads it, rounded up: "30 seconds", "2 minutes", "1 hour".</summary>
    public static string Wait(TimeSpan span)
    {
        var seconds = Math.Max(1, (long)Math.Ceiling(span.TotalSeconds));
        if (seconds < 60)
        {
            return seconds == 1 ? "1 second" : $"{seconds} seconds";
        }

        var minutes = (seconds + 59) / 60;
        if (minutes < 60)
        {
            return minutes == 1 ? "1 minute" : $"{minutes} minutes";
        }

        var hours = (minutes + 59) / 60;
        return hours == 1 ? "1 hour" : $"{hours} hours";
    }
}
