namespace PatientPortal.Core.Patients;

/// <summary>
/// A patient of the practice. Contact details are never unique: families often share one email or mobile.
/// Identity for duplicate checks is the normalised family name with the date of birth and a shared contact.
/// </summary>
public sealed class Patient
{
    private Patient()
    {
        GivenName = string.Empty;
        FamilyName = string.Empty;
        FamilyNameKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public string? Title { get; private set; }

    public string GivenName { get; private set; }

    public string FamilyName { get; private set; }

    public string FamilyNameKey { get; private set; }

    public DateOnly DateOfBirth { get; private set; }

    public string? Email { get; private set; }

    public string? EmailKey { get; private set; }

    /// <summary>
    /// An address the patient asked to use instead of <see cref="Email"/>, waiting for them to open the link sent to
    /// it. Nothing is sent to it and nobody signs in with it until then.
    /// </summary>
    public string? PendingEmail { get; private set; }

    public string? Mobile { get; private set; }

    public Guid ChargebandId { get; private set; }

    public bool EmailConsent { get; private set; }

    public bool SmsConsent { get; private set; }

    /// <summary>The mobile number refused our texts (replied STOP; Twilio error 21610). No SMS goes to it until it opts back in.</summary>
    public DateTimeOffset? SmsOptedOutAt { get; private set; }

    /// <summary>How the number opted out, while it is opted out.</summary>
    public SmsOptOutSource? SmsOptOutSource { get; private set; }

    /// <summary>The word the number replied (<c>STOP</c>, <c>UNSUBSCRIBE</c>, …) when it opted out by reply.</summary>
    public string? SmsOptOutKeyword { get; private set; }

    /// <summary>Set for a family member whose portal account is managed by another patient.</summary>
    public Guid? PrimaryAccountHolderId { get; private set; }

    public PortalAccount Account { get; private set; } = new();

    public DateTimeOffset CreatedAt { get; private set; }

    public string DisplayName => Title is { Length: > 0 } ? $"{Title} {GivenName} {FamilyName}" : $"{GivenName} {FamilyName}";

    /// <summary>A patient the practice registered itself (imports, reception, demo data).</summary>
    public static Patient Register(PatientDetails details, Guid chargebandId, DateTimeOffset now, Guid? primaryAccountHolderId = null)
    {
        var patient = new Patient
        {
            Id = Guid.CreateVersion7(now),
            ChargebandId = chargebandId,
            CreatedAt = now,
            PrimaryAccountHolderId = primaryAccountHolderId,
            EmailConsent = details.Email is not null,
            SmsConsent = details.Mobile is not null,
        };
        patient.SetDetails(details);
        return patient;
    }

    /// <summary>A new patient who signed up with an invite code: their account waits for email confirmation.</summary>
    public static Patient SignUp(PatientDetails details, Guid chargebandId, string passwordHash, string privacyPolicyVersion, string inviteCode, DateTimeOffset now)
    {
        var patient = Register(details, chargebandId, now);
        patient.Account.BeginSignUp(passwordHash, privacyPolicyVersion, inviteCode, now);
        return patient;
    }

    public bool ConfirmEmail(DateTimeOffset now) => Account.ConfirmEmail(now);

    public bool HasPassword => Account.PasswordHash is not null;

    /// <summary>Sent an invitation: an account with no state yet shows as invited.</summary>
    public void MarkInvited() => Account.MarkInvited();

    /// <summary>The last step of an invitation: the account is active with this password and policy version.</summary>
    public void CompleteInvitation(string passwordHash, string privacyPolicyVersion, DateTimeOffset now) =>
        Account.CompleteInvitation(passwordHash, privacyPolicyVersion, now);

    /// <summary>The last step of a password reset: a new password, and the policy version if it was accepted again.</summary>
    public void ResetPassword(string passwordHash, string? acceptedPrivacyPolicyVersion, DateTimeOffset now) =>
        Account.ResetPassword(passwordHash, acceptedPrivacyPolicyVersion, now);

    /// <summary>Twilio refused a text to the number (error 21610): it opted out with Twilio. False when it already had.</summary>
    public bool OptOutOfSms(DateTimeOffset now) => OptOut(Patients.SmsOptOutSource.ProviderRefusal, null, now);

    /// <summary>The number replied an opt-out keyword. False when it was already opted out (the first opt-out is kept).</summary>
    public bool OptOutOfSmsByReply(string keyword, DateTimeOffset now) => OptOut(Patients.SmsOptOutSource.Reply, keyword, now);

    /// <summary>The number replied an opt-in keyword (START): texts may go to it again. False when it was not opted out.</summary>
    public bool OptBackInToSms()
    {
        if (SmsOptedOutAt is null)
        {
            return false;
        }

        (SmsOptedOutAt, SmsOptOutSource, SmsOptOutKeyword) = (null, null, null);
        return true;
    }

    /// <summary>A password the patient chose while signed in (they gave the current one).</summary>
    public void ChangePassword(string passwordHash) => Account.ReplacePasswordHash(passwordHash);

    /// <summary>The patient asked to use a new address; <see cref="Email"/> stays until it is confirmed.</summary>
    public void RequestEmailChange(string email) => PendingEmail = email;

    /// <summary>False when no change was waiting.</summary>
    public bool CancelEmailChange()
    {
        var waiting = PendingEmail is not null;
        PendingEmail = null;
        return waiting;
    }

    /// <summary>
    /// The link sent to <paramref name="email"/> was opened: it becomes the address, if it is still the change the
    /// patient is waiting for (a later request, or going back to the old address, leaves older links unused).
    /// </summary>
    public bool ConfirmEmailChange(string email)
    {
        if (PendingEmail is null || EmailAddress.Key(PendingEmail) != EmailAddress.Key(email))
        {
            return false;
        }

        Email = PendingEmail;
        EmailKey = EmailAddress.Key(PendingEmail);
        PendingEmail = null;
        return true;
    }

    /// <summary>
    /// A new number, or none (then no texts either). An opt-out belonged to the old number, so the new one starts
    /// without it.
    /// </summary>
    public bool ChangeMobile(string? mobile)
    {
        if (Mobile == mobile)
        {
            return false;
        }

        Mobile = mobile;
        SmsOptedOutAt = null;
        SmsConsent &= mobile is not null;
        return true;
    }

    public void SetConsent(bool email, bool sms)
    {
        EmailConsent = email;
        SmsConsent = sms;
    }

    public void MoveToChargeband(Guid chargebandId) => ChargebandId = chargebandId;

    /// <summary>Re-hashes with stronger settings after a successful sign-in (the hasher asked for it).</summary>
    public void UpgradePasswordHash(string passwordHash) => Account.ReplacePasswordHash(passwordHash);

    private bool OptOut(SmsOptOutSource source, string? keyword, DateTimeOffset now)
    {
        if (SmsOptedOutAt is not null)
        {
            return false;
        }

        (SmsOptedOutAt, SmsOptOutSource, SmsOptOutKeyword) = (now, source, keyword);
        return true;
    }

    private void SetDetails(PatientDetails details)
    {
        Title = string.IsNullOrWhiteSpace(details.Title) ? null : details.Title.Trim();
        GivenName = details.GivenName.Trim();
        FamilyName = details.FamilyName.Trim();
        FamilyNameKey = Patients.FamilyName.Normalize(details.FamilyName);
        DateOfBirth = details.DateOfBirth;
        Email = details.Email;
        EmailKey = details.Email is null ? null : EmailAddress.Key(details.Email);
        Mobile = details.Mobile;
    }
}
