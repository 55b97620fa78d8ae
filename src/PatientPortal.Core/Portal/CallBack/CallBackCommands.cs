namespace PatientPortal.Core.Portal.CallBack;

/// <summary>When in the day the patient would like the practice to call.</summary>
public enum CallBackTime
{
    Morning,
    Afternoon,
}

/// <summary>
/// A signed-in patient asks to be called back to book: which times suit them (the form's values, read here), the
/// number to call, an optional note, the service they had chosen on the booking page, if any, and whom it is for
/// (a family member they manage; none, or anyone else, means themselves).
/// </summary>
public sealed record RequestCallBackCommand(Guid PatientId, Guid? ServiceId, IReadOnlyList<string>? Times, string? Phone, string? Note, Guid? ForPatientId);

/// <summary>What was passed on to the practice, for the page that confirms it; <see cref="ForName"/> names the family member it is for.</summary>
public sealed record CallBackRequested(string Phone, IReadOnlyList<CallBackTime> Times, string? ServiceName, string? ForName);
