namespace PatientPortal.Web.Portal;

/// <summary>
/// The home page: what is due first (<see cref="PaymentDue"/>, the soonest appointment to pay), then what is next.
/// <see cref="HowYouPay"/> is the name of the patient's chargeband ("Self-pay", an insurer), shown without that word.
/// </summary>
public sealed record PortalHomePage(string DisplayName, string? HowYouPay, UpcomingAppointment? PaymentDue, int PaymentsDue, IReadOnlyList<UpcomingAppointment> Appointments, bool MoreAppointments);

/// <summary>
/// An appointment as the portal lists it; <see cref="ToPay"/> is set when the practice asks for payment before it,
/// <see cref="PaidAmount"/> once it is paid; <see cref="PayOnline"/> when the site can take that payment itself.
/// </summary>
public sealed record UpcomingAppointment(string ServiceName, string When, bool VideoConsultation, string? ToPay, string PaymentPath, string? PaidAmount = null, bool PayOnline = false);

public sealed record AppointmentsPage(IReadOnlyList<UpcomingAppointment> Appointments);

public sealed record PaymentsPage(IReadOnlyList<UpcomingAppointment> ToPay, IReadOnlyList<UpcomingAppointment> Paid);

public sealed record AppointmentPaymentPage(
    string ServiceName,
    string When,
    bool VideoConsultation,
    string Amount,
    bool Paid,
    bool PaymentDueInAdvance,
    string AmountDue,
    bool NothingToPay,
    string PracticeName)
{
    /// <summary>A provider is configured and something is due: the page has "Pay now".</summary>
    public bool PayOnline { get; init; }

    /// <summary>Where "Pay now" posts.</summary>
    public string PayPath { get; init; } = string.Empty;

    /// <summary>This page, for the refresh link while a payment is being confirmed.</summary>
    public string PaymentPath { get; init; } = string.Empty;

    /// <summary>How the patient came back from the provider's page, if they did.</summary>
    public CheckoutReturn Checkout { get; init; }

    /// <summary>A payment arrived that did not settle the appointment (its amount, when set): the practice will look at it.</summary>
    public string? PaymentNeedsAttention { get; init; }

    /// <summary>The provider could not be reached or refused to start the payment.</summary>
    public bool CheckoutFailed { get; init; }
}

public enum CheckoutReturn
{
    None,
    Returned,
    Cancelled,
}

public sealed record BookingSearchPage(IReadOnlyList<BookingServiceOption> Services, BookingServiceOption? Selected, string PracticeName);

public sealed record BookingServiceOption(Guid Id, string Name, string Duration, string Price);
