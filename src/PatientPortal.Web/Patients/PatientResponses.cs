using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;

namespace PatientPortal.Web.Patients;

/// <summary>A row of the patients list. <c>PortalAction</c> and its label tell the UI which button to show.</summary>
public sealed record PatientSummaryResponse(
    Guid Id,
    string? Title,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string? Email,
    string? Mobile,
    Guid ChargebandId,
    string AccountStatus,
    bool IsFamilyMember,
    string PortalAction,
    string PortalActionLabel)
{
    public static PatientSummaryResponse From(Patient patient)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var action = PortalActions.For(patient);
        return new(patient.Id, patient.Title, patient.GivenName, patient.FamilyName, patient.DateOfBirth, patient.Email, patient.Mobile, patient.ChargebandId,
            patient.Account.Status.ToString(), patient.PrimaryAccountHolderId is not null, action.ToString(), PortalActions.Label(action));
    }
}

public sealed record PatientListResponse(IReadOnlyList<PatientSummaryResponse> Items, int Total, int Skip, int Take);

public sealed record InvitationResponse(
    Guid Id,
    string Purpose,
    string State,
    string CreatedBy,
    Guid? BatchId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? RevokedAt,
    int FailedIdentityChecks,
    string? TargetPath)
{
    public static InvitationResponse From(Invitation invitation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return new(invitation.Id, invitation.Purpose.ToString(), invitation.State(now).ToString(), invitation.CreatedBy, invitation.BatchId, invitation.CreatedAt,
            invitation.ExpiresAt, invitation.OpenedAt, invitation.CompletedAt, invitation.RevokedAt, invitation.FailedIdentityChecks, invitation.TargetPath);
    }
}

/// <summary>
/// One message as the delivery history shows it; the content itself stays in the outbox. <c>PatientName</c> names
/// the patient it is about (the title, given and family names), so a list of many patients' messages can say whose it is.
/// </summary>
public sealed record MessageResponse(
    Guid Id,
    string Channel,
    string Purpose,
    string Recipient,
    string Status,
    int Attempts,
    string? LastError,
    string? SuppressionReason,
    Guid? InvitationId,
    Guid? BatchId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset UpdatedAt,
    Guid? PatientId,
    string? PatientName)
{
    /// <param name="patient">The patient the message is about, when it is still on record.</param>
    public static MessageResponse From(OutboxMessage message, Patient? patient)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new(message.Id, message.Channel.ToString(), message.Purpose.ToString(), message.Recipient, message.Status.ToString(), message.Attempts, message.LastError,
            message.SuppressionReason, message.InvitationId, message.BatchId, message.CreatedAt, message.SentAt, message.UpdatedAt, message.PatientId, patient?.DisplayName);
    }
}

/// <summary>
/// The patient profile. <c>SmsOptedOutAt</c> with <c>SmsOptOutSource</c> says when and how the mobile number stopped
/// our texts (<c>SmsOptOutKeyword</c> is the word it replied); all three are null while texts may go.
/// </summary>
public sealed record PatientDetailResponse(
    PatientSummaryResponse Patient,
    bool EmailConsent,
    bool SmsConsent,
    DateTimeOffset? SmsOptedOutAt,
    string? SmsOptOutSource,
    string? SmsOptOutKeyword,
    Guid? PrimaryAccountHolderId,
    string? PrivacyPolicyVersion,
    DateTimeOffset? PrivacyPolicyAcceptedAt,
    IReadOnlyList<InvitationResponse> Invitations,
    IReadOnlyList<MessageResponse> Messages);

public sealed record RegisterPatientRequest(
    string? Title,
    string? GivenName,
    string? FamilyName,
    DateOnly? DateOfBirth,
    string? Email,
    string? Mobile,
    Guid ChargebandId,
    bool EmailConsent,
    bool SmsConsent,
    Guid? PrimaryAccountHolderId);

public sealed record MovePatientRequest(Guid ChargebandId);
