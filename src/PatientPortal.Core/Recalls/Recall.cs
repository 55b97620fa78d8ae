namespace PatientPortal.Core.Recalls;

/// <summary>A patient is due back for a service (a yearly check, a follow-up) on a date.</summary>
public sealed class Recall
{
    private Recall()
    {
        ExternalId = string.Empty;
    }

    public Guid Id { get; private set; }

    public string ExternalId { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid ServiceId { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>When the recall message was queued; the daily job queues it once.</summary>
    public DateTimeOffset? NotifiedAt { get; private set; }

    public static Recall Create(string externalId, Guid patientId, Guid serviceId, DateOnly dueDate, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), ExternalId = externalId, PatientId = patientId, ServiceId = serviceId, DueDate = dueDate };

    /// <summary>An import brought newer details. A recall moved to another date or service is due to be sent again.</summary>
    public bool Update(Guid patientId, Guid serviceId, DateOnly dueDate)
    {
        var changed = PatientId != patientId || ServiceId != serviceId || DueDate != dueDate;
        if (changed && (ServiceId != serviceId || DueDate != dueDate))
        {
            NotifiedAt = null;
        }

        (PatientId, ServiceId, DueDate) = (patientId, serviceId, dueDate);
        return changed;
    }
}
