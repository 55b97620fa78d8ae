using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Invitations;

/// <summary>Which channels can reach a patient for an invitation, or why none can.</summary>
public sealed record ContactPlan(IReadOnlyList<MessageChannel> Channels, InviteOutcome? Skip)
{
    public static ContactPlan For(Patient patient, IReadOnlyCollection<MessageChannel> configured)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(configured);
        if (patient.PrimaryAccountHolderId is not null)
        {
            return new([], InviteOutcome.SkippedFamilyMember);
        }

        var withDetails = configured.Distinct().Where(channel => HasDetails(patient, channel)).ToList();
        if (withDetails.Count == 0)
        {
            return new([], InviteOutcome.SkippedNoContactDetails);
        }

        var consented = withDetails.Where(channel => HasConsent(patient, channel)).ToList();
        if (consented.Count == 0)
        {
            return new([], InviteOutcome.SkippedNoConsent);
        }

        var reachable = consented.Where(channel => !(channel == MessageChannel.Sms && patient.SmsOptedOutAt is not null)).ToList();
        return reachable.Count == 0 ? new([], InviteOutcome.SkippedOptedOut) : new(reachable, null);
    }

    private static bool HasDetails(Patient patient, MessageChannel channel) =>
        channel == MessageChannel.Email ? patient.Email is not null : patient.Mobile is not null;

    private static bool HasConsent(Patient patient, MessageChannel channel) =>
        channel == MessageChannel.Email ? patient.EmailConsent : patient.SmsConsent;
}
