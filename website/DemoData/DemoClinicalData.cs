using PatientPortal.Core.Appointments;
using PatientPortal.Core.Members;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Recalls;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Website.DemoData;

/// <summary>
/// What the payment-in-advance (TRD104) and recall (TRD89) flows work on: a member portal with a member connected
/// to it and one without, recalls due today and soon, and video consultations booked offline that must be paid
/// before they take place, as an import from the practice-management system would have brought them.
/// </summary>
internal static class DemoClinicalData
{
    public const string VideoServiceExternalId = "SVC-VIDEO-GP";
    public const string WellWomanServiceExternalId = "SVC-WELLWOMAN";

    /// <summary>Resolves to this machine in browsers, so the member portal's links open the demo site.</summary>
    public const string MemberPortalBaseUrl = "http://acme.localhost:5000/";

    public static async Task AddAsync(PatientPortalDbContext db, IReadOnlyList<Service> services, IReadOnlyList<Patient> patients, IReadOnlyList<Patient> accounts, PracticeClock clock, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = clock.Today;
        var video = services.Single(service => service.ExternalId == VideoServiceExternalId);
        var wellWoman = services.Single(service => service.ExternalId == WellWomanServiceExternalId);
        var physio = services.Single(service => service.ExternalId == "SVC-PHYSIO-F");

        var portal = MemberPortal.Create("MP-ACME", "Acme Health member portal", MemberPortalBaseUrl, now);
        var acme = Member.Create("MEM-ACME", "Acme Health", portal.Id, now);
        var northwind = Member.Create("MEM-NORTHWIND", "Northwind Traders", null, now);
        db.MemberPortals.Add(portal);
        db.Members.AddRange(acme, northwind);

        var olivia = accounts[0];
        // Adults without a portal account (no primary account holder): their messages would carry an invitation.
        var withoutAccount = patients.Where(patient => patient.PrimaryAccountHolderId is null && patient.Email is not null).Take(4).ToList();
        db.Recalls.AddRange(
            Recall.Create("RC-DEMO-1", olivia.Id, wellWoman.Id, today, now),
            Recall.Create("RC-DEMO-2", withoutAccount[0].Id, wellWoman.Id, today, now),
            Recall.Create("RC-DEMO-3", withoutAccount[1].Id, physio.Id, today.AddDays(3), now),
            Recall.Create("RC-DEMO-4", withoutAccount[2].Id, physio.Id, today.AddDays(14), now));

        var inThreeDays = new DateTimeOffset(now.UtcDateTime.Date.AddDays(3).AddHours(10), TimeSpan.Zero);
        db.Appointments.AddRange(
            VideoConsultation("APT-DEMO-1", olivia.Id, video, null, inThreeDays, paid: false, now),
            VideoConsultation("APT-DEMO-2", withoutAccount[3].Id, video, acme.Id, inThreeDays.AddHours(2), paid: false, now),
            VideoConsultation("APT-DEMO-3", olivia.Id, video, northwind.Id, inThreeDays.AddDays(7), paid: true, now));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Appointment VideoConsultation(string externalId, Guid patientId, Service service, Guid? memberId, DateTimeOffset start, bool paid, DateTimeOffset now) =>
        Appointment.Import(
            externalId,
            new AppointmentDetails(patientId, service.Id, memberId, start, VideoConsultation: true, BookedOffline: true, PaymentMandatory: true, service.Price, paid),
            now);
}
