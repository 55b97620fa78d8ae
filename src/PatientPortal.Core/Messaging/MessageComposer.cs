using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Messaging;

/// <summary>
/// Writes a message from its template at the moment it is sent (<see cref="OutboxMessage.IsComposedAtSend"/>).
/// The TRD tokens decide on the patient as they are then:
/// TRD104 and TRD89 link a patient with an account straight to the payment page or the pre-filtered booking
/// search, and give one without an account an invitation that lands there; TRD92 adds the invitation
/// appendix only for a patient with no account who is not a family member. A family member's message names their
/// primary account holder (<c>holder.*</c>), whose account opens the link. An invitation is created only
/// here, for a message that is actually going out. A message that can no longer be sent is suppressed
/// with the reason (consent withdrawn, the appointment paid or gone).
/// </summary>
public sealed class MessageComposer(
    IPatientRepository patients,
    IMessageSubjects subjects,
    IInvitationRepository invitations,
    IMessageTemplateStore templates,
    TemplateRenderer renderer,
    MessageModels models,
    InvitationMessages invitationLinks,
    IPortalLinks links,
    ILinkTokenProtector linkTokens,
    IAuditLog audit,
    IOptions<InvitationOptions> invitationOptions)
{
    public const string Actor = "system (message)";

    /// <summary>Composes or suppresses the message; the caller saves it (with any invitation) before sending.</summary>
    public async Task ComposeAsync(OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.PatientId is not { } patientId || await patients.FindAsync(patientId, cancellationToken) is not { } patient)
        {
            message.Suppress("The patient is no longer on file.", now);
            return;
        }

        if (ChannelReach.WhyNot(patient, message.Channel) is { } unreachable)
        {
            message.Suppress(unreachable, now);
            return;
        }

        if (message.Purpose is not (MessagePurpose.PaymentInAdvance or MessagePurpose.Recall))
        {
            message.Fail($"A {message.Purpose} message cannot be written at send time.", now);
            return;
        }

        var current = await templates.CurrentAsync(cancellationToken);
        var purpose = message.Purpose == MessagePurpose.PaymentInAdvance ? TemplatePurpose.PaymentInAdvance : TemplatePurpose.Recall;
        var template = current[purpose, message.Channel];
        // A family member's message says whose account opens it (holder.* tokens).
        var holder = patient.PrimaryAccountHolderId is { } holderId ? await patients.FindAsync(holderId, cancellationToken) : null;
        var draft = new Draft(patient, holder, template, now);
        var model = message.Purpose == MessagePurpose.PaymentInAdvance
            ? await PaymentInAdvanceAsync(message, draft, cancellationToken)
            : await RecallAsync(message, draft, cancellationToken);
        if (model is null)
        {
            return;
        }

        if (renderer.Uses(template, TrdTokens.InvitationAppendix))
        {
            model = model with { Trd92 = Appendix(draft, current[TemplatePurpose.InvitationAppendix, message.Channel], message.Channel) };
        }

        if (message.Channel == MessageChannel.Email)
        {
            var email = renderer.RenderEmail(template, model);
            message.Compose(email.Subject, email.HtmlBody, email.TextBody, draft.Invitation?.Id, draft.ProtectedToken, now);
        }
        else
        {
            message.Compose(null, null, renderer.RenderSms(template, model), draft.Invitation?.Id, draft.ProtectedToken, now);
        }
    }

    private async Task<TemplateModel?> PaymentInAdvanceAsync(OutboxMessage message, Draft draft, CancellationToken cancellationToken)
    {
        if (message.AppointmentId is not { } appointmentId || await subjects.FindAppointmentAsync(appointmentId, cancellationToken) is not { } subject)
        {
            message.Suppress("The appointment is no longer on file.", draft.Now);
            return null;
        }

        var appointment = subject.Appointment;
        if (appointment.Paid)
        {
            message.Suppress("The appointment has been paid.", draft.Now);
            return null;
        }

        if (appointment.Start <= draft.Now)
        {
            message.Suppress("The appointment has already started.", draft.Now);
            return null;
        }

        var link = Link(draft, links.AppointmentPaymentPath(appointment.Id), subject.PortalBaseUrl, InvitationPurpose.PaymentInAdvance, TrdTokens.PaymentInAdvance);
        return models.For(draft.Patient, draft.Holder) with
        {
            Appointment = new AppointmentData(appointment.Start, subject.ServiceName, appointment.Amount, appointment.VideoConsultation, appointment.Paid) { PayOnline = models.PayOnline },
            Trd104 = link,
        };
    }

    private async Task<TemplateModel?> RecallAsync(OutboxMessage message, Draft draft, CancellationToken cancellationToken)
    {
        if (message.RecallId is not { } recallId || await subjects.FindRecallAsync(recallId, cancellationToken) is not { } subject)
        {
            message.Suppress("The recall is no longer on file.", draft.Now);
            return null;
        }

        var recall = subject.Recall;
        var link = Link(draft, links.BookingSearchPath(recall.ServiceId), null, InvitationPurpose.Recall, TrdTokens.Recall);
        return models.For(draft.Patient, draft.Holder) with { Service = new ServiceData(subject.ServiceName), Recall = new RecallData(recall.DueDate), Trd89 = link };
    }

    /// <summary>
    /// TRD104 / TRD89: the page itself for a patient who can sign in (or whose account a primary holder
    /// manages), otherwise an invitation whose completion lands on it.
    /// </summary>
    private string? Link(Draft draft, string targetPath, string? portalBaseUrl, InvitationPurpose purpose, string token)
    {
        if (!renderer.Uses(draft.Template, token))
        {
            // A template without the token gets no link, and no invitation is made for it.
            return null;
        }

        if (draft.Patient.HasPassword || draft.Patient.PrimaryAccountHolderId is not null)
        {
            return links.Absolute(targetPath, portalBaseUrl).AbsoluteUri;
        }

        Invite(draft, purpose, targetPath, portalBaseUrl, token);
        return invitationLinks.Link(portalBaseUrl);
    }

    /// <summary>TRD92: the appendix, only for a recipient with no account who is not a family member.</summary>
    private string Appendix(Draft draft, MessageTemplate appendix, MessageChannel channel)
    {
        if (draft.Patient.HasPassword || draft.Patient.PrimaryAccountHolderId is not null)
        {
            return string.Empty;
        }

        // One invitation per message: when TRD104 or TRD89 already made one, the appendix offers the same link.
        var invitation = draft.Invitation ?? Invite(draft, InvitationPurpose.PortalAccess, null, null, TrdTokens.InvitationAppendix);
        var model = models.For(draft.Patient) with
        {
            Link = invitationLinks.Link(invitation.PortalBaseUrl),
            LinkExpiresIn = PlainWords.Duration(invitation.ExpiresAt - invitation.CreatedAt),
        };
        return channel == MessageChannel.Email ? renderer.RenderEmail(appendix, model).HtmlBody : renderer.RenderSms(appendix, model);
    }

    private Invitation Invite(Draft draft, InvitationPurpose purpose, string? targetPath, string? portalBaseUrl, string token)
    {
        var (invitation, rawToken) = Invitation.Issue(
            draft.Patient.Id, purpose, targetPath, portalBaseUrl, invitationOptions.Value.Lifetime(purpose), Actor, null, draft.Now);
        invitations.Add(invitation);
        draft.Patient.MarkInvited();
        audit.Record(Actor, "invitation.sent", "patient", draft.Patient.Id, $"invitation {invitation.Id} in a message ({token})");
        draft.Invitation = invitation;
        draft.ProtectedToken = linkTokens.Protect(rawToken);
        return invitation;
    }

    private sealed class Draft(Patient patient, Patient? holder, MessageTemplate template, DateTimeOffset now)
    {
        public Patient Patient { get; } = patient;

        public Patient? Holder { get; } = holder;

        public MessageTemplate Template { get; } = template;

        public DateTimeOffset Now { get; } = now;

        public Invitation? Invitation { get; set; }

        public string? ProtectedToken { get; set; }
    }
}
