namespace PatientPortal.Core.Imports;

/// <summary>Field names as the JSON properties and CSV columns spell them, and as errors name them.</summary>
public static class ImportFields
{
    public const string ExternalId = "externalId";
    public const string Name = "name";
    public const string DurationMinutes = "durationMinutes";
    public const string Price = "price";
    public const string BookableOnline = "bookableOnline";
    public const string BaseUrl = "baseUrl";
    public const string MemberPortalExternalId = "memberPortalExternalId";
    public const string PatientId = "patientId";
    public const string ServiceExternalId = "serviceExternalId";
    public const string MemberExternalId = "memberExternalId";
    public const string Start = "start";
    public const string VideoConsultation = "videoConsultation";
    public const string BookedOffline = "bookedOffline";
    public const string PaymentMandatory = "paymentMandatory";
    public const string Amount = "amount";
    public const string Paid = "paid";
    public const string DueDate = "dueDate";

    /// <summary>As the database columns allow.</summary>
    public const int ExternalIdLength = 100;
    public const int NameLength = 200;
    public const int BaseUrlLength = 500;
}
