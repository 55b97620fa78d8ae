using PatientPortal.Core.Security;

namespace PatientPortal.Core.Invitations;

/// <summary>
/// A link that lets one patient create (or reset) their account. Only the SHA-256 of its token is stored.
/// It expires, works once, can be revoked, and locks after <see cref="MaxIdentityChecks"/> wrong family names.
/// </summary>
public sealed class Invitation
{
    public const int MaxIdentityChecks = 5;

    private Invitation()
    {
        TokenHash = string.Empty;
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public InvitationPurpose Purpose { get; private set; }

    public string TokenHash { get; private set; }

    /// <summary>Where the patient lands after completing it (a local path); null means portal home.</summary>
    public string? TargetPath { get; private set; }

    /// <summary>The member portal the link belongs to; null for the practice's own portal.</summary>
    public string? PortalBaseUrl { get; private set; }

    public string CreatedBy { get; private set; }

    public InvitationOrigin Origin { get; private set; }

    public Guid? BatchId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public int FailedIdentityChecks { get; private set; }

    public DateTimeOffset? IdentityVerifiedAt { get; private set; }

    /// <summary>The password chosen in step 2, hashed, waiting for the privacy-policy step.</summary>
    public string? PendingPasswordHash { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LockedAt { get; private set; }

    public static (Invitation Invitation, string RawToken) Issue(
        Guid patientId, InvitationPurpose purpose, string? targetPath, string? portalBaseUrl, TimeSpan lifetime, string createdBy, Guid? batchId, DateTimeOffset now, InvitationOrigin origin = InvitationOrigin.Practice)
    {
        var raw = SecureToken.Generate();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(now),
            PatientId = patientId,
            Purpose = purpose,
            TokenHash = SecureToken.Hash(raw)!,
            TargetPath = targetPath,
            PortalBaseUrl = portalBaseUrl,
            CreatedBy = createdBy,
            Origin = origin,
            BatchId = batchId,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        return (invitation, raw);
    }

    public InvitationState State(DateTimeOffset now) =>
        CompletedAt is not null ? InvitationState.Completed
        : RevokedAt is not null ? InvitationState.Revoked
        : LockedAt is not null ? InvitationState.Locked
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    public bool IsIdentityVerified => IdentityVerifiedAt is not null;

    public void MarkOpened(DateTimeOffset now) => OpenedAt ??= now;

    public void MarkIdentityVerified(DateTimeOffset now) => IdentityVerifiedAt ??= now;

    public void ChoosePassword(string? passwordHash) => PendingPasswordHash = passwordHash;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
