using Microsoft.Extensions.Logging;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Messaging;

/// <summary>Delivery reports from the SMS provider (status callbacks), applied to the outbox row they concern.</summary>
public sealed class DeliveryReports(
    IOutboxRepository outbox,
    IPatientRepository patients,
    IAuditLog audit,
    IUnitOfWork unitOfWork,
    TimeProvider timeProvider,
    ILogger<DeliveryReports> logger)
{
    public const string OptedOutErrorCode = "21610";

    /// <summary>False when no message has this provider id (not ours, or from before a database restore).</summary>
    public async Task<bool> RecordSmsAsync(string providerMessageId, MessageStatus reported, string? errorCode, CancellationToken cancellationToken)
    {
        var message = await outbox.FindByProviderIdAsync(MessageChannel.Sms, providerMessageId, cancellationToken);
        if (message is null)
        {
            logger.LogWarning("A delivery report for unknown SMS {ProviderMessageId} was ignored", LogValue.Safe(providerMessageId));
            return false;
        }

        var now = timeProvider.GetUtcNow();
        var changed = message.ApplyDeliveryReport(reported, errorCode is null ? null : $"Provider error {errorCode}", now);
        if (errorCode == OptedOutErrorCode)
        {
            await OptOutAsync(message.Recipient, now, cancellationToken);
        }

        if (changed || errorCode == OptedOutErrorCode)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>Every patient on this mobile number stops getting texts: Twilio refused one (error 21610). Saved by the caller.</summary>
    public async Task OptOutAsync(string mobile, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var patient in await patients.FindByMobileAsync(mobile, cancellationToken))
        {
            if (patient.OptOutOfSms(now))
            {
                audit.Record(AuditActors.System, SmsReplies.OptedOutAction, "patient", patient.Id, $"Twilio refused a text to {mobile} (error {OptedOutErrorCode}: the number had opted out)");
            }
        }

        logger.LogInformation("A mobile number opted out of SMS; its patients get no more texts");
    }
}
