using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Messaging;

/// <summary>Whether a patient may be sent a message on a channel, and if not, the reason recorded with it.</summary>
public static class ChannelReach
{
    public static string? WhyNot(Patient patient, MessageChannel channel)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return channel switch
        {
            MessageChannel.Email when patient.Email is null => "The patient has no email address on file.",
            MessageChannel.Email when !patient.EmailConsent => "The patient has not consented to email.",
            MessageChannel.Sms when patient.Mobile is null => "The patient has no mobile number on file.",
            MessageChannel.Sms when !patient.SmsConsent => "The patient has not consented to text messages.",
            MessageChannel.Sms when patient.SmsOptedOutAt is not null => "The patient has opted out of text messages.",
            _ => null,
        };
    }

    /// <summary>
    /// One outbox row per configured channel: to be written at send time where the patient can be reached,
    /// recorded as suppressed (with the reason) where not, so staff can see why nothing went.
    /// </summary>
    public static IReadOnlyList<OutboxMessage> Plan(Patient patient, IReadOnlyCollection<MessageChannel> channels, MessageContext context, DateTimeOffset now, DateTimeOffset smsNotBefore)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(channels);
        return channels.Distinct().Select(channel => WhyNot(patient, channel) is { } reason
                ? OutboxMessage.Suppressed(channel, channel == MessageChannel.Email ? patient.Email : patient.Mobile, context, reason, now)
                : OutboxMessage.ToCompose(
                    channel,
                    channel == MessageChannel.Email ? patient.Email! : patient.Mobile!,
                    channel == MessageChannel.Email ? patient.DisplayName : null,
                    context,
                    now,
                    channel == MessageChannel.Sms ? smsNotBefore : now))
            .ToList();
    }
}
