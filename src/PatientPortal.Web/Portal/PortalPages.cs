namespace PatientPortal.Web.Portal;

/// <summary>
/// The home page: what is due first (<see cref="PaymentDue"/>, the soonest appointment to pay), then what is next.
/// <see cref="HowYouPay"/> says how the patient pays in their words (<see cref="Core.Portal.HowYouPay"/>), empty when
/// there is nothing to say; never the chargeband's name, which is the practice's label.
/// </summary>
public sealed record PortalHomePage(string DisplayName, string HowYouPay, UpcomingAppointment? PaymentDue, int PaymentsDue, IReadOnlyList<UpcomingAppointment> Appointments, bool MoreAppointments);

/// <summary>
/// An appointment as the portal lists it; <see cref="ToPay"/> is set when the practice asks for payment before it,
/// <see cref="PaidAmount"/> once it is paid.
/// </summary>
public sealed record UpcomingAppointment(string ServiceName, string When, bool VideoConsultation, string? ToPay, string PaymentPath, string? PaidAmount = null);

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
    string PracticeName);

