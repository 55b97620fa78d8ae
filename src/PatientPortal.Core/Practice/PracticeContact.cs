using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Core.Practice;

/// <summary>The practice's contact details as patients read them; any left empty are simply not shown.</summary>
public sealed class PracticeContact
{
    [StringLength(40)]
    public string? Phone { get; set; }

    [EmailAddress]
    [StringLength(254)]
    public string? Email { get; set; }

    /// <summary>One line per part of the address.</summary>
    public string[]? Address { get; set; }

    /// <summary>One line per day or group of days, e.g. "Monday to Friday, 8:00 to 18:30".</summary>
    public string[]? OpeningHours { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email) && (Address?.Length ?? 0) == 0 && (OpeningHours?.Length ?? 0) == 0;
}
