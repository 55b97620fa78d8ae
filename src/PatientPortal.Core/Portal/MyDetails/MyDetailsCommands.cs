namespace PatientPortal.Core.Portal.MyDetails;

/// <summary>A signed-in patient changes their password: the current one first, then the new one.</summary>
public sealed record ChangePasswordCommand(Guid PatientId, string? CurrentPassword, string? NewPassword);

/// <summary>A signed-in patient's email and mobile as they typed them; an empty mobile removes it.</summary>
public sealed record ChangeContactDetailsCommand(Guid PatientId, string? Email, string? Mobile);

/// <summary>Whether the practice may email and text the patient.</summary>
public sealed record ChangeMessagePreferencesCommand(Guid PatientId, bool Email, bool Sms);

/// <summary>A changed password: how many sessions (this browser's included) were ended.</summary>
public sealed record PasswordChanged(int SessionsEnded);

/// <summary>
/// What a contact-details form did: a link sent to a new address (which is not used yet), a waiting change called
/// off (the patient typed their current address again), a new mobile number.
/// </summary>
public sealed record ContactDetailsChanged(string? ConfirmationSentTo, bool EmailChangeCancelled, bool MobileChanged, bool MobileRemoved)
{
    public bool Nothing => ConfirmationSentTo is null && !EmailChangeCancelled && !MobileChanged;
}

/// <summary>A confirmed email change: the patient's address from now on.</summary>
public sealed record EmailChanged(Guid PatientId, string Email);
