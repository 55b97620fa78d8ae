using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Recalls;

/// <summary>
/// TRD89's trigger, run daily: every recall that has come due gets its message, once. Each recall is marked
/// with a conditional update in the same transaction as its messages, so a second run (or a second server)
/// finds nothing left to send.
/// </summary>
public sealed class RecallMessages(
    IMessageSubjects subjects,
    IPatientRepository patients,
    PatientMessageQueue queue,
    IUnitOfWork unitOfWork,
    PracticeClock clock,
    IOptions<RecallOptions> options,
    ILogger<RecallMessages> logger)
{
    /// <summary>Queues the messages of every due recall; returns how many recalls were handled.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var today = clock.Today;
        var handled = 0;
        while (true)
        {
            var due = await subjects.DueRecallsAsync(today.AddDays(-settings.MaxDaysOverdue), today.AddDays(settings.DaysBeforeDue), settings.BatchSize, cancellationToken);
            if (due.Count == 0)
            {
                break;
            }

            var now = clock.UtcNow;
            await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
            {
                var recipients = (await patients.FindManyAsync(due.Select(recall => recall.PatientId).Distinct().ToList(), cancellationToken)).ToDictionary(patient => patient.Id);
                foreach (var recall in due)
                {
                    if (!await subjects.TryMarkRecallNotifiedAsync(recall.Id, now, cancellationToken) || !recipients.TryGetValue(recall.PatientId, out var patient))
                    {
                        continue;
                    }

                    var context = new MessageContext(MessagePurpose.Recall, patient.Id, RecallId: recall.Id);
                    queue.Add(patient, context, "recall.sent", "recall", recall.Id, now);
                    handled++;
                }

                await unitOfWork.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            unitOfWork.Forget();
        }

        logger.LogInformation("Recall run: {Count} due recall(s) handled", handled);
        return handled;
    }
}
