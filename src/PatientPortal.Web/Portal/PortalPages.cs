namespace PatientPortal.Web.Portal;

/// <summary>
/// The home page: what is due first (<see cref="PaymentDue"/>, the soonest appointment to pay), then what is next,
/// then the recalls; a holder's family members' items among them, each saying whose it is.
/// <see cref="HowYouPay"/> is the name of the patient's chargeband ("Self-pay", an insurer), shown without that word.
/// </summary>
public sealed record PortalHomePage(
    string DisplayName,
    string? HowYouPay,
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
/// <see cref="PaidAmount"/> once it is paid, <see cref="For"/> when it is a family member's (their name).
/// </summary>
public sealed record UpcomingAppointment(string ServiceName, string When, bool VideoConsultation, string? ToPay, string PaymentPath, string? PaidAmount = null, FamilyMemberName? For = null);

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
    FamilyMemberName? For = null);

/// <param name="FamilyMembers">Whom else the signed-in patient may book for; empty for most patients.</param>
/// <param name="For">The family member chosen, or null for the signed-in patient themselves.</param>
public sealed record BookingSearchPage(
    IReadOnlyList<BookingServiceOption> Services,
    BookingServiceOption? Selected,
    string PracticeName,
    IReadOnlyList<FamilyMemberName>? FamilyMembers = null,
    FamilyMemberName? For = null);

public sealed record BookingServiceOption(Guid Id, string Name, string Duration, string Price);
