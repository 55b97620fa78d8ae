using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Members;
using PatientPortal.Core.Recalls;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>Services, appointments, members and recalls put straight into the site's database, as an import would leave them.</summary>
public static class ClinicSeed
{
    public static Task<Guid> ServiceAsync(this PortalFactory portal, string name = "Video GP consultation", decimal price = 70m) =>
        portal.AddAsync(db =>
        {
            var service = Service.Create(name, 15, price, bookableOnline: true, DateTimeOffset.UtcNow, externalId: $"S-{Guid.NewGuid():N}");
            db.Services.Add(service);
            return service.Id;
        });

    /// <summary>A member connected to a member portal at <paramref name="baseUrl"/>.</summary>
    public static Task<Guid> MemberWithPortalAsync(this PortalFactory portal, string baseUrl) =>
        portal.AddAsync(db =>
        {
            var now = DateTimeOffset.UtcNow;
            var memberPortal = MemberPortal.Create($"P-{Guid.NewGuid():N}", "Acme Health", baseUrl, now);
            var member = Member.Create($"M-{Guid.NewGuid():N}", "Acme Ltd", memberPortal.Id, now);
            db.MemberPortals.Add(memberPortal);
            db.Members.Add(member);
            return member.Id;
        });

    /// <summary>A video consultation in three days booked offline with mandatory payment, unless told otherwise.</summary>
    public static Task<Guid> AppointmentAsync(
        this PortalFactory portal, Guid patientId, Guid serviceId, bool video = true, bool paymentMandatory = true, bool paid = false, Guid? memberId = null) =>
        portal.AddAsync(db =>
        {
            var details = new AppointmentDetails(patientId, serviceId, memberId, DateTimeOffset.UtcNow.AddDays(3), video, BookedOffline: true, paymentMandatory, 70m, paid);
            var appointment = Appointment.Import($"A-{Guid.NewGuid():N}", details, DateTimeOffset.UtcNow);
            db.Appointments.Add(appointment);
            return appointment.Id;
        });

    public static Task<Guid> RecallAsync(this PortalFactory portal, Guid patientId, Guid serviceId, DateOnly dueDate) =>
        portal.AddAsync(db =>
        {
            var recall = Recall.Create($"R-{Guid.NewGuid():N}", patientId, serviceId, dueDate, DateTimeOffset.UtcNow);
            db.Recalls.Add(recall);
            return recall.Id;
        });

    /// <summary>Tells the site the appointments changed, as an import does after it commits.</summary>
    public static async Task AppointmentsChangedAsync(this PortalFactory portal, params Guid[] appointmentIds)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IAppointmentsChanged>())
        {
            await handler.AppointmentsChangedAsync(appointmentIds, CancellationToken.None);
        }
    }

    /// <summary>One run of the daily recall job's work.</summary>
    public static async Task<int> RunRecallsAsync(this PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecallMessages>().SendDueAsync(CancellationToken.None);
    }

    private static async Task<Guid> AddAsync(this PortalFactory portal, Func<PatientPortalDbContext, Guid> add)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var id = add(db);
        await db.SaveChangesAsync();
        return id;
    }
}
