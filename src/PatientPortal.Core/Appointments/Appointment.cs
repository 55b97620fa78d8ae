namespace PatientPortal.Core.Appointments;

/// <summary>A booked appointment of one patient for one service.</summary>
public sealed class Appointment
{
    private Appointment()
    {
    }

    public Guid Id { get; private set; }

    public Guid PatientId { get; private set; }

    public Guid ServiceId { get; private set; }

    public DateTimeOffset Start { get; private set; }

    public bool VideoConsultation { get; private set; }

    public bool BookedOffline { get; private set; }

    public bool PaymentMandatory { get; private set; }

    public decimal Amount { get; private set; }

    public bool Paid { get; private set; }

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
}
