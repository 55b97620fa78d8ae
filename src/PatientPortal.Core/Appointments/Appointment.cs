namespace PatientPortal.Core.Appointments;

/// <summary>A booked appointment of one patient for one service.</summary>
public sealed class Appointment
{
    private Appointment()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The id in the practice-management system it was imported from; imports match on it.</summary>
    public string? ExternalId { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid ServiceId { get; private set; }

    /// <summary>The member (employer, insurer) the appointment is booked on; its member portal, if any, hosts the links.</summary>
    public Guid? MemberId { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public bool VideoConsultation { get; private set; }

    public bool BookedOffline { get; private set; }

    public bool PaymentMandatory { get; private set; }

    public decimal Amount { get; private set; }

    public bool Paid { get; private set; }

    /// <summary>When the payment-in-advance message was queued; it is queued once per appointment.</summary>
    public DateTimeOffset? PaymentRequestedAt { get; private set; }

    /// <summary>
    /// A video consultation booked offline with mandatory payment, not paid yet: the patient is asked to pay
    /// in advance through the portal (TRD104).
    /// </summary>
    public bool NeedsPaymentInAdvance => VideoConsultation && BookedOffline && PaymentMandatory && !Paid && Amount > 0;

    public static Appointment Book(Guid patientId, Service service, DateTimeOffset start, bool videoConsultation, bool bookedOffline, bool paymentMandatory, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            PatientId = patientId,
            ServiceId = service.Id,
            Start = start,
            VideoConsultation = videoConsultation,
            BookedOffline = bookedOffline,
            PaymentMandatory = paymentMandatory,
            Amount = service.Price,
        };

    /// <summary>An appointment as the practice-management system exported it.</summary>
    public static Appointment Import(string externalId, AppointmentDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var appointment = new Appointment { Id = Guid.CreateVersion7(now), ExternalId = externalId };
        appointment.Update(details);
        return appointment;
    }

    /// <summary>An import brought newer details; true when anything changed.</summary>
    public bool Update(AppointmentDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var before = (PatientId, ServiceId, MemberId, Start, VideoConsultation, BookedOffline, PaymentMandatory, Amount, Paid);
        PatientId = details.PatientId;
        ServiceId = details.ServiceId;
        MemberId = details.MemberId;
        Start = details.Start;
        VideoConsultation = details.VideoConsultation;
        BookedOffline = details.BookedOffline;
        PaymentMandatory = details.PaymentMandatory;
        Amount = details.Amount;
        Paid = details.Paid;
        return before != (PatientId, ServiceId, MemberId, Start, VideoConsultation, BookedOffline, PaymentMandatory, Amount, Paid);
    }

    public void MarkPaymentRequested(DateTimeOffset now) => PaymentRequestedAt ??= now;

    /// <summary>A confirmed payment of the amount due settled it.</summary>
    public void MarkPaid() => Paid = true;
}
