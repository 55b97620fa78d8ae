namespace PatientPortal.Web.Portal;

public sealed record PortalHomePage(
    string DisplayName,
    string? Email,
    string? Mobile,
    string ChargebandName,
    bool AllowOnlineMessaging,
    IReadOnlyList<UpcomingAppointment> Appointments);

/// <summary>An appointment on the home page; <see cref="ToPay"/> is set when the practice asks for payment before it.</summary>
public sealed record UpcomingAppointment(string ServiceName, string When, bool VideoConsultation, string? ToPay, string PaymentPath);

public sealed record AppointmentPaymentPage(
    string ServiceName,
    string When,
    bool VideoConsultation,
    string Amount,
    bool Paid,
    bool PaymentDueInAdvance,
    string AmountDue,
    bool NothingToPay,
    string PracticeName);

public sealed record BookingSearchPage(IReadOnlyList<BookingServiceOption> Services, BookingServiceOption? Selected, string PracticeName);

public sealed record BookingServiceOption(Guid Id, string Name, string Duration, string Price);
