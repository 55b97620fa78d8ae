namespace PatientPortal.Core.Portal;

/// <summary>An appointment as its patient sees it in the portal.</summary>
public sealed record PortalAppointment(
    Guid Id,
    Guid PatientId,
    string ServiceName,
    DateTimeOffset Start,
    bool VideoConsultation,
    bool PaymentMandatory,
    decimal Amount,
    bool Paid)
{
    public decimal AmountDue => Paid ? 0m : Amount;

    /// <summary>The practice asks for the money before the consultation, and it has not been paid yet.</summary>
    public bool PaymentDueInAdvance => PaymentMandatory && AmountDue > 0;
}
