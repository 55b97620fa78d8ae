using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Portal;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence.Repositories;

public sealed class ImportStoreTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task FindServices_WithMoreIdsThanOneQueryTakes_FindsEveryImportedOne()
    {
        var prefix = Seed.UniqueCode();
        var externalIds = Enumerable.Range(0, 2_500).Select(index => $"{prefix}-{index}").ToList();
        await database.Services.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<PatientPortalDbContext>();
            db.Services.AddRange(externalIds.Select(id => Service.Create("Service " + id, 15, 10m, bookableOnline: true, Seed.Now, id)));
            await db.SaveChangesAsync();
        });

        var found = await database.Services.InScopeAsync(scope =>
            scope.GetRequiredService<IImportStore>().FindServicesAsync([.. externalIds, "not-imported"], CancellationToken.None));

        Assert.Equal(externalIds.Order(StringComparer.Ordinal), found.Select(service => service.ExternalId!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UpcomingAppointments_AreThePatientsOwnFromNow_SoonestFirst_WithTheServiceName()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband());
        var patient = await Seed.SaveAsync(database.Services, Seed.SignedUp(chargeband.Id, Seed.Details("Ada", "Lovelace", new DateOnly(1980, 1, 1), $"{Seed.UniqueCode()}@example.org", null)));
        var other = await Seed.SaveAsync(database.Services, Seed.SignedUp(chargeband.Id, Seed.Details("Bob", "Other", new DateOnly(1981, 1, 1), $"{Seed.UniqueCode()}@example.org", null)));
        var service = Service.Create("Video GP consultation", 15, 70m, bookableOnline: true, Seed.Now);
        await database.Services.InScopeAsync(async scope =>
        {
            var db = scope.GetRequiredService<PatientPortalDbContext>();
            db.Services.Add(service);
            db.Appointments.AddRange(
                Appointment.Book(patient.Id, service, Seed.Now.AddDays(9), true, true, true, Seed.Now),
                Appointment.Book(patient.Id, service, Seed.Now.AddDays(2), false, false, false, Seed.Now),
                Appointment.Book(patient.Id, service, Seed.Now.AddDays(-1), false, false, false, Seed.Now),
                Appointment.Book(other.Id, service, Seed.Now.AddDays(1), false, false, false, Seed.Now));
            await db.SaveChangesAsync();
        });

        var upcoming = await database.Services.InScopeAsync(scope =>
            scope.GetRequiredService<IPortalQueries>().UpcomingAppointmentsAsync(FamilyAccess.For(patient, []), Seed.Now, 10, CancellationToken.None));

        Assert.Equal([Seed.Now.AddDays(2), Seed.Now.AddDays(9)], upcoming.Select(appointment => appointment.Start));
        Assert.All(upcoming, appointment => Assert.Equal("Video GP consultation", appointment.ServiceName));
        Assert.True(upcoming[1].PaymentDueInAdvance);
    }
}
