using Microsoft.Extensions.Options;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Messaging;

/// <summary>
/// Queues a message about something (an appointment, a recall) to a patient on every configured channel, to be
/// written at send time, with a suppressed row (and its reason) for each channel the patient cannot be reached
/// on, and an audit entry. The rows join the caller's unit of work, which queues the pending ones after its commit.
/// </summary>
public sealed class PatientMessageQueue(IOutboxRepository outbox, IAuditLog audit, QuietHours quietHours, IOptions<InvitationOptions> channels)
{
    public void Add(Patient patient, MessageContext context, string action, string subjectType, Guid subjectId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messages = ChannelReach.Plan(patient, channels.Value.EffectiveChannels, context, now, quietHours.NextAllowed(now));
        foreach (var message in messages)
        {
            outbox.Add(message);
        }

        audit.Record(AuditActors.System, action, subjectType, subjectId, string.Join("; ", messages.Select(message => message.Status == MessageStatus.Suppressed
            ? $"{message.Channel} suppressed: {message.SuppressionReason}"
            : $"{message.Channel} queued")));
    }
}
