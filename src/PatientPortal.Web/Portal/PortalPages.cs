namespace PatientPortal.Web.Portal;

/// <summary>
/// The home page: what is due first (<see cref="PaymentDue"/>, the soonest appointment to pay), then what is next,
/// then the recalls; a holder's family members' items among them, each saying whose it is.
/// <see cref="HowYouPay"/> says how the patient pays in their words (<see cref="Core.Portal.HowYouPay"/>), empty when
/// there is nothing to say; never the chargeband's name, which is the practice's label.
/// </summary>
public sealed record PortalHomePage(
    string DisplayName,
    string HowYouPay,
    UpcomingAppointment? PaymentDue,
    int PaymentsDue,
    IReadOnlyList<UpcomingAppointment> Appointments,
    bool MoreAppointments,
    IReadOnlyList<DueRecall> Recalls,
    IReadOnlyList<FamilyMemberName> FamilyMembers);

/// <summary>A family member the signed-in patient manages, as the pages name them ("Tom Okafor").</summary>
public sealed record FamilyMemberName(Guid Id, string Name)
{
    public static FamilyMemberName? Of(Core.Patients.Patient? member) => member is null ? null : new(member.Id, $"{member.GivenName} {member.FamilyName}");
}

/// <summary>
/// An appointment as the portal lists it; <see cref="ToPay"/> is set when the practice asks for payment before it,
/// <see cref="PaidAmount"/> once it is paid, <see cref="For"/> when it is a family member's (their name);
/// <see cref="PayOnline"/> when the site can take that payment itself.
/// </summary>
public sealed record UpcomingAppointment(string ServiceName, string When, bool VideoConsultation, string? ToPay, string PaymentPath, string? PaidAmount = null, FamilyMemberName? For = null, bool PayOnline = false);

/// <summary>A recall: the patient (or the family member <see cref="For"/> names) is due back for a service.</summary>
public sealed record DueRecall(string ServiceName, string DueDate, bool Overdue, string BookingPath, FamilyMemberName? For);

/// <summary>The appointments of one person: the signed-in patient's own (<see cref="For"/> null) or a family member's.</summary>
public sealed record PersonAppointments(FamilyMemberName? For, IReadOnlyList<UpcomingAppointment> Appointments)
{
    /// <summary>The signed-in patient's group first (even when empty), then each family member's in the order given.</summary>
    public static IReadOnlyList<PersonAppointments> Group(IReadOnlyList<UpcomingAppointment> appointments, IReadOnlyList<FamilyMemberName> familyMembers) =>
        [new(null, appointments.Where(appointment => appointment.For is null).ToList()),
            .. familyMembers.Select(member => new PersonAppointments(member, appointments.Where(appointment => appointment.For?.Id == member.Id).ToList()))];
}

public sealed record AppointmentsPage(IReadOnlyList<PersonAppointments> People);

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
    string PracticeName,
    FamilyMemberName? For = null)
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
