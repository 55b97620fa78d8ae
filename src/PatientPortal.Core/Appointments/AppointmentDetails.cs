namespace PatientPortal.Core.Appointments;

/// <summary>What an import says about an appointment, with its references already resolved to our ids.</summary>
public sealed record AppointmentDetails(
    Guid PatientId,
    Guid ServiceId,
    Guid? MemberId,
    DateTimeOffset Start,
    bool VideoConsultation,
    bool BookedOffline,
    bool PaymentMandatory,
    decimal Amount,
    bool Paid);
