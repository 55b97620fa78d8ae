using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Recalls;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Website.DemoData;

/// <summary>
/// Fills an empty database with a believable practice: chargebands (two with invite codes), 240 patients
/// (families sharing contact details among them), services and appointments, a member portal with its
/// members, recalls and video consultations waiting for payment. Runs after the migrations,
/// once: it does nothing when any chargeband exists.
/// </summary>
internal sealed class DemoDataSeeder(IServiceScopeFactory scopes, TimeProvider timeProvider, IConfiguration configuration, ILogger<DemoDataSeeder> logger) : IHostedService
{
    public const string DemoPassword = "riverside demo password";
    public const int PatientCount = 240;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Website:SeedDemoData", false))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        if (await db.Chargebands.AnyAsync(cancellationToken))
        {
            return;
        }

        var hasher = scope.ServiceProvider.GetRequiredService<IPatientPasswordHasher>();
        var now = timeProvider.GetUtcNow();
        var chargebands = Chargebands(now);
        db.Chargebands.AddRange(chargebands);
        await db.SaveChangesAsync(cancellationToken);
        await SetInviteCodesAsync(scope.ServiceProvider.GetRequiredService<ChargebandService>(), chargebands, now, cancellationToken);

        var services = Services(now);
        db.Services.AddRange(services);

        var patients = DemoPatients.Create(chargebands, now, PatientCount);
        db.Patients.AddRange(patients);
        await db.SaveChangesAsync(cancellationToken);

        db.Appointments.AddRange(Appointments(patients, services, now));
        await db.SaveChangesAsync(cancellationToken);
        var accounts = await DemoAccounts.ActivateAsync(db, hasher, patients, DemoPassword, now, cancellationToken);
        await DemoClinicalData.AddAsync(db, services, patients, accounts, scope.ServiceProvider.GetRequiredService<PracticeClock>(), cancellationToken);
        await SendAsAnImportWouldAsync(cancellationToken);
        logger.LogInformation(
            "Seeded demo data: {Chargebands} chargebands, {Patients} patients, {Services} services. Try the invite code Welcome123 at /patient-portal/sign-up.",
            chargebands.Count, patients.Count, services.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// What follows from the demo's appointments and recalls, as after a real import and the day's recall run:
    /// payment-in-advance and recall messages, written to the pickup folder.
    /// </summary>
    private async Task SendAsAnImportWouldAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var appointmentIds = await db.Appointments.Select(appointment => appointment.Id).ToListAsync(cancellationToken);
        foreach (var listener in scope.ServiceProvider.GetServices<IAppointmentsChanged>())
        {
            await listener.AppointmentsChangedAsync(appointmentIds, cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<RecallMessages>().SendDueAsync(cancellationToken);
    }

    private static List<Chargeband> Chargebands(DateTimeOffset now)
    {
        var selfPay = Chargeband.Create("Self-pay", [new BillingRule(BillingRuleType.PatientSelfBook), new BillingRule(BillingRuleType.StandardTariff)], now).Value!;
        selfPay.EnableOnlineBooking(PatientAccessMode.AllowWithNoNotifications, now);
        var insured = Chargeband.Create("Acme Health insured", [new BillingRule(BillingRuleType.PatientSelfBook), new BillingRule(BillingRuleType.InsurerBilled, "Acme Health plan")], now).Value!;
        insured.EnableOnlineBooking(PatientAccessMode.AllowAndNotify, now);
        var staff = Chargeband.Create("Staff", [new BillingRule(BillingRuleType.Discount, "Staff discount", 20m)], now).Value!;
        var corporate = Chargeband.Create("Corporate wellbeing", [new BillingRule(BillingRuleType.PaymentInAdvance), new BillingRule(BillingRuleType.PatientSelfBook)], now).Value!;
        corporate.EnableOnlineBooking(PatientAccessMode.AllowWithNoNotifications, now);
        return [selfPay, insured, staff, corporate];
    }

    /// <summary>
    /// The demo's codes are easy to type and easy to guess, so they are saved as an admin would save them: through
    /// the invite-code rules, accepting the warning (the audit log says so).
    /// </summary>
    private static async Task SetInviteCodesAsync(ChargebandService service, List<Chargeband> chargebands, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var (selfPay, insured, corporate) = (chargebands[0], chargebands[1], chargebands[3]);
        await SetAsync(selfPay, new OnlineSettings("Welcome123", AllowOnlineMessaging: true, AcceptGuessableInviteCode: true));
        await SetAsync(insured, new OnlineSettings("ACME2026", AllowOnlineMessaging: false, today.AddDays(-30), today.AddYears(1), InviteCodeUsageCap: 500, AcceptGuessableInviteCode: true));
        await SetAsync(corporate, new OnlineSettings("Wellbeing-24", AllowOnlineMessaging: true, AcceptGuessableInviteCode: true));
        // Online booking switched off again: the code is kept but stops working.
        corporate.DisableOnlineBooking(now);

        async Task SetAsync(Chargeband chargeband, OnlineSettings settings)
        {
            var result = await service.ConfigureOnlineSettingsAsync(chargeband.Id, settings, "system (demo data)", cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo invite code {settings.InviteCode} was refused: {result.Failure!.Title}");
            }
        }
    }

    // External ids as the practice-management system would have them, so an import of the same services matches these.
    private static List<Service> Services(DateTimeOffset now) =>
    [
        Service.Create("GP consultation (15 min)", 15, 85m, bookableOnline: true, now, "SVC-GP15"),
        Service.Create("GP consultation (30 min)", 30, 150m, bookableOnline: true, now, "SVC-GP30"),
        Service.Create("Video GP consultation", 15, 70m, bookableOnline: true, now, DemoClinicalData.VideoServiceExternalId),
        Service.Create("Physiotherapy assessment", 45, 95m, bookableOnline: true, now, "SVC-PHYSIO-A"),
        Service.Create("Physiotherapy follow-up", 30, 70m, bookableOnline: true, now, "SVC-PHYSIO-F"),
        Service.Create("Well woman health check", 60, 295m, bookableOnline: true, now, DemoClinicalData.WellWomanServiceExternalId),
        Service.Create("Well man health check", 60, 295m, bookableOnline: true, now, "SVC-WELLMAN"),
        Service.Create("Travel vaccination consultation", 20, 45m, bookableOnline: true, now, "SVC-TRAVEL"),
        Service.Create("Blood test", 10, 40m, bookableOnline: false, now, "SVC-BLOOD"),
        Service.Create("Dermatology review", 30, 180m, bookableOnline: false, now, "SVC-DERM"),
    ];

    private static IEnumerable<Appointment> Appointments(List<Patient> patients, List<Service> services, DateTimeOffset now)
    {
        var random = new Random(20261122);
        var firstSlot = new DateTimeOffset(now.UtcDateTime.Date.AddDays(-14).AddHours(9), TimeSpan.Zero);
        for (var i = 0; i < 320; i++)
        {
            var patient = patients[random.Next(patients.Count)];
            var service = services[random.Next(services.Count)];
            var start = firstSlot.AddDays(random.Next(42)).AddMinutes(15 * random.Next(32));
            var video = service.Name.StartsWith("Video", StringComparison.Ordinal);
            yield return Appointment.Book(patient.Id, service, start, video, bookedOffline: random.Next(3) > 0, paymentMandatory: video && random.Next(2) == 0, now);
        }
    }
}
