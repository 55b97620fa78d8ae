using Microsoft.Extensions.Logging;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Messaging;

/// <summary>
/// Texts patients send back (Twilio's inbound-message webhook). An opt-out keyword stops our texts to the number
/// and an opt-in keyword lets them go again, for every patient sharing the number, each change audited.
/// Twilio itself answers the keywords and blocks its own sending to an opted-out number (error 21610).
/// </summary>
public sealed class SmsReplies(
    IPatientRepository patients,
    IAuditLog audit,
    IUnitOfWork unitOfWork,
    TimeProvider timeProvider,
    ILogger<SmsReplies> logger)
{
    public const string OptedOutAction = "sms.opted-out";

    public const string OptedInAction = "sms.opted-in";

    /// <param name="from">The number that wrote, in E.164 as Twilio gives it.</param>
    /// <param name="optOutType">Twilio's <c>OptOutType</c> field, when its keyword handling recognised the text.</param>
    /// <returns>The patients whose opt-out changed.</returns>
    public async Task<int> ReceiveAsync(string from, string? body, string? optOutType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var (kind, keyword) = SmsKeywords.Classify(body, optOutType);
        if (kind == SmsReplyKind.Other)
        {
            return 0;
        }

        var now = timeProvider.GetUtcNow();
        var changed = 0;
        foreach (var patient in await patients.FindByMobileAsync(from, cancellationToken))
        {
            if (kind == SmsReplyKind.OptOut ? patient.OptOutOfSmsByReply(keyword, now) : patient.OptBackInToSms())
            {
                audit.Record(AuditActors.Mobile(from), kind == SmsReplyKind.OptOut ? OptedOutAction : OptedInAction, "patient", patient.Id, $"{from} replied \"{keyword}\"");
                changed++;
            }
        }

        if (changed > 0)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("An SMS reply ({Kind}) changed the opt-out of {Count} patient(s)", kind, changed);
        return changed;
    }
}
