using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Invitations;

/// <summary>The practice admin's single-patient actions: invite (or reset password), revoke, resend.</summary>
public sealed class InvitationService(
    IPatientRepository patients,
    IInvitationRepository invitations,
    InvitationIssuer issuer,
    IUnitOfWork unitOfWork,
    IAuditLog audit,
    IMessageTemplateStore templates,
    ISelfServiceMessageGate selfServiceGate,
    PracticeClock clock,
    IOptions<InvitationOptions> options)
{
    /// <summary>Invites the patient, or sends a password reset when they already have a password. Earlier open links stop working.</summary>
    public async Task<Result<InviteResult>> InviteAsync(Guid patientId, string actor, CancellationToken cancellationToken)
    {
        if (await patients.FindAsync(patientId, cancellationToken) is not { } patient)
        {
            return PatientNotFound(patientId);
        }

        return await SendAsync(patient, new InvitationRequest(actor), cancellationToken);
    }

    /// <summary>Sends a fresh link with the same purpose and destination as the given one, which stops working.</summary>
    public async Task<Result<InviteResult>> ResendAsync(Guid invitationId, string actor, CancellationToken cancellationToken)
    {
        if (await invitations.FindAsync(invitationId, cancellationToken) is not { } previous)
        {
            return InvitationNotFound(invitationId);
        }

        if (await patients.FindAsync(previous.PatientId, cancellationToken) is not { } patient)
        {
            return PatientNotFound(previous.PatientId);
        }

        var purpose = previous.Purpose.ResentTo(patient);
        return await SendAsync(patient, new InvitationRequest(actor, purpose, previous.TargetPath, previous.PortalBaseUrl, Reason: $"resends invitation {previous.Id}"), cancellationToken);
    }

    public async Task<Result<Invitation>> RevokeAsync(Guid invitationId, string actor, CancellationToken cancellationToken)
    {
        if (await invitations.FindAsync(invitationId, cancellationToken) is not { } invitation)
        {
            return InvitationNotFound(invitationId);
        }

        var state = invitation.State(clock.UtcNow);
        if (state is InvitationState.Completed)
        {
            return Failure.Conflict("This invitation has already been used; there is nothing to revoke.");
        }

        if (state is InvitationState.Pending or InvitationState.Locked)
        {
            invitation.Revoke(clock.UtcNow);
            audit.Record(actor, "invitation.revoked", "patient", invitation.PatientId, $"invitation {invitation.Id}");
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return invitation;
    }

    /// <summary>
    /// Issues a link to one patient and sends it: earlier open links stop working, the action is audited, and
    /// everything the caller's unit of work tracks (a patient just added, say) is saved in the same commit.
    /// A patient who cannot be reached is a Conflict with the reason, and nothing is saved. A self-service request
    /// goes out only if the patient has had none in the window, and revokes only earlier self-service links.
    /// </summary>
    public async Task<Result<InviteResult>> SendAsync(Patient patient, InvitationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(request);
        var selfService = request.Origin == InvitationOrigin.SelfService;
        if (selfService && !await selfServiceGate.TryOpenAsync(patient.Id, options.Value.SelfServiceMessageWindow, cancellationToken))
        {
            audit.Record(request.Actor, "self-service-message.held-back", "patient", patient.Id, $"one was sent in the last {PlainWords.Duration(options.Value.SelfServiceMessageWindow)}{(request.Reason is null ? string.Empty : $"; {request.Reason}")}");
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return Failure.Conflict("patientId", SkipMessage(InviteOutcome.SkippedInvitedRecently));
        }

        var current = await templates.CurrentAsync(cancellationToken);
        var now = clock.UtcNow;
        IssuedInvitation issued;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            issued = issuer.Issue(patient, request, current, now);
            if (issued.Invitation is null)
            {
                return Failure.Conflict("patientId", SkipMessage(issued.Outcome));
            }

            var revoked = selfService
                ? await invitations.RevokeOpenSelfServiceAsync(patient.Id, now, cancellationToken)
                : await invitations.RevokeOpenAsync([patient.Id], now, cancellationToken);
            var action = issued.Outcome == InviteOutcome.ResetSent ? "password-reset.sent" : "invitation.sent";
            var reason = request.Reason is null ? string.Empty : $"; {request.Reason}";
            audit.Record(request.Actor, action, "patient", patient.Id, $"invitation {issued.Invitation.Id} by {string.Join(" and ", issued.Messages.Select(m => m.Channel))}; {revoked} earlier link(s) revoked{reason}");
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new InviteResult(patient.Id, issued.Outcome, issued.Invitation.Id, issued.Invitation.ExpiresAt, issued.Messages.Select(m => m.Channel).ToList());
    }

    public static string SkipMessage(InviteOutcome outcome) => outcome switch
    {
        InviteOutcome.SkippedFamilyMember => "This patient is a family member: their portal access is managed by the primary account holder, who should be invited instead.",
        InviteOutcome.SkippedNoContactDetails => "This patient has no email address or mobile number on file to send the invitation to.",
        InviteOutcome.SkippedNoConsent => "This patient has not consented to be contacted by email or SMS.",
        InviteOutcome.SkippedOptedOut => "This patient has opted out of text messages and has no other channel to send the invitation to.",
        InviteOutcome.SkippedInvitedRecently => "This patient was invited recently.",
        _ => outcome.ToString(),
    };

    private static Failure PatientNotFound(Guid id) => Failure.NotFound($"There is no patient with id {id}.");

    private static Failure InvitationNotFound(Guid id) => Failure.NotFound($"There is no invitation with id {id}.");
}
