using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Core.Recalls;

/// <summary>When the daily recall job writes to patients about their recalls.</summary>
public sealed class RecallOptions
{
    /// <summary>Days before the due date the message goes; 0 sends it on the due date.</summary>
    [Range(0, 365)]
    public int DaysBeforeDue { get; set; }

    /// <summary>
    /// Recalls overdue by more than this are not sent: an import of old records must not message
    /// patients about checks years past.
    /// </summary>
    [Range(0, 3650)]
    public int MaxDaysOverdue { get; set; } = 30;

    /// <summary>Recalls handled per transaction.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
}
