namespace PatientPortal.Core.Imports;

/// <summary>
/// An appointment as the practice-management system exports it. The patient is our patient id; the service and
/// the member are their external ids. <see cref="Start"/> is text: ISO 8601 with an offset, or without one in the
/// practice's time zone (see <see cref="PracticeTime"/>).
/// </summary>
public sealed record AppointmentRow(
    string? ExternalId,
    Guid? PatientId,
    string? ServiceExternalId,
    string? Start,
    decimal? Amount,
    bool? VideoConsultation = null,
    bool? BookedOffline = null,
    bool? PaymentMandatory = null,
    bool? Paid = null,
    string? MemberExternalId = null) : IImportRow;
