namespace PatientPortal.Core.Patients;

/// <summary>A patient's portal account: its state, password hash and privacy-policy acceptance.</summary>
public sealed class PortalAccount
{
    public AccountStatus Status { get; private set; } = AccountStatus.None;

    public string? PasswordHash { get; private set; }

    public string? PrivacyPolicyVersion { get; private set; }

    public DateTimeOffset? PrivacyPolicyAcceptedAt { get; private set; }

    public AccountOrigin? Origin { get; private set; }

    /// <summary>The invite code a self sign-up used, as typed by the admin who set it.</summary>
    public string? SignUpInviteCode { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    internal void BeginSignUp(string passwordHash, string privacyPolicyVersion, string inviteCode, DateTimeOffset now)
    {
        Status = AccountStatus.PendingConfirmation;
        PasswordHash = passwordHash;
        PrivacyPolicyVersion = privacyPolicyVersion;
        PrivacyPolicyAcceptedAt = now;
        Origin = AccountOrigin.InviteCodeSignUp;
        SignUpInviteCode = inviteCode;
    }

    internal bool ConfirmEmail(DateTimeOffset now)
    {
        if (Status != AccountStatus.PendingConfirmation)
        {
            return false;
        }

        Status = AccountStatus.Active;
        ActivatedAt = now;
        return true;
    }

    internal void MarkInvited()
    {
        if (Status == AccountStatus.None)
        {
            Status = AccountStatus.Invited;
        }
    }

    internal void CompleteInvitation(string passwordHash, string privacyPolicyVersion, DateTimeOffset now)
    {
        PasswordHash = passwordHash;
        PrivacyPolicyVersion = privacyPolicyVersion;
        PrivacyPolicyAcceptedAt = now;
        Origin ??= AccountOrigin.Invitation;
        ActivatedAt ??= now;
        Status = AccountStatus.Active;
    }

    internal void ResetPassword(string passwordHash, string? acceptedPrivacyPolicyVersion, DateTimeOffset now)
    {
        PasswordHash = passwordHash;
        if (acceptedPrivacyPolicyVersion is not null)
        {
            PrivacyPolicyVersion = acceptedPrivacyPolicyVersion;
            PrivacyPolicyAcceptedAt = now;
        }

        // Following a reset link proves the contact on file just as the confirmation link would.
        if (Status is AccountStatus.PendingConfirmation or AccountStatus.Invited or AccountStatus.Locked)
        {
            Status = AccountStatus.Active;
            ActivatedAt ??= now;
        }
    }

    internal void ReplacePasswordHash(string passwordHash) => PasswordHash = passwordHash;
}
