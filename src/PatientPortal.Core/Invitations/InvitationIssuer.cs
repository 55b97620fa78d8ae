using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Invitations;

/// <summary>What issuing an invitation created: the link and its messages, or why the patient was skipped.</summary>
public sealed record IssuedInvitation(InviteOutcome Outcome, Invitation? Invitation, IReadOnlyList<OutboxMessage> Messages);

/// <summary>
/// Creates an invitation (or password reset) and its outbox messages for one patient, on every channel the
/// patient can be reached on. Tracks the rows; the caller saves them, and its unit of work queues the messages once committed.
/// </summary>
public sealed class InvitationIssuer(
    IInvitationRepository invitations,
    IOutboxRepository outbox,
    InvitationMessages messages,
    ILinkTokenProtector linkTokens,
    QuietHours quietHours,
    IOptions<InvitationOptions> options)
{
    /// <summary>Creates the invitation and its messages and tracks them, to be saved with the caller's unit of work.</summary>
    public IssuedInvitation Issue(Patient patient, InvitationRequest request, TemplateSet templates, DateTimeOffset now)
    {
        var issued = Prepare(patient, request, templates, now);
        if (issued.Invitation is not null)
        {
            invitations.Add(issued.Invitation);
            foreach (var message in issued.Messages)
            {
                outbox.Add(message);
            }
        }

        return issued;
    }

    /// <summary>Creates the invitation and its messages without tracking them: a bulk run writes many at once.</summary>
    public IssuedInvitation Prepare(Patient patient, InvitationRequest request, TemplateSet templates, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(request);
        var plan = ContactPlan.For(patient, request.Channels ?? options.Value.EffectiveChannels);
        if (plan.Skip is { } skip)
        {
            return new(skip, null, []);
        }

        var purpose = request.Purpose ?? (patient.HasPassword ? InvitationPurpose.PasswordReset : InvitationPurpose.PortalAccess);
        var (invitation, rawToken) = Invitation.Issue(
            patient.Id, purpose, request.TargetPath, request.PortalBaseUrl, request.Lifetime ?? options.Value.Lifetime(purpose), request.Actor, request.BatchId, now, request.Origin);
        patient.MarkInvited();

        var protectedToken = linkTokens.Protect(rawToken);
        var context = new MessageContext(
            purpose == InvitationPurpose.PasswordReset ? MessagePurpose.PasswordReset : MessagePurpose.PortalInvitation, patient.Id, invitation.Id, request.BatchId);
        var created = new List<OutboxMessage>(plan.Channels.Count);
        foreach (var channel in plan.Channels)
        {
            var message = channel == MessageChannel.Email
                ? OutboxMessage.Email(messages.Email(patient, invitation, templates), context, now)
                : OutboxMessage.Sms(patient.Mobile!, messages.Sms(patient, invitation, templates), context, now, quietHours.NextAllowed(now));
            message.ProtectLinkToken(protectedToken);
            created.Add(message);
        }

        return new(purpose == InvitationPurpose.PasswordReset ? InviteOutcome.ResetSent : InviteOutcome.Invited, invitation, created);
    }
}
