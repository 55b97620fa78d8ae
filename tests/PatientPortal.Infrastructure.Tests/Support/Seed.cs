using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;

namespace PatientPortal.Infrastructure.Tests.Support;

/// <summary>Test data saved through the repositories and unit of work, each in its own scope.</summary>
internal static class Seed
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    public static string UniqueCode() => "T" + Guid.NewGuid().ToString("N")[..12];

    public static Chargeband Chargeband(string? code = null, int? usageCap = null, bool disabled = false)
    {
        var chargeband = Value(Core.Chargebands.Chargeband.Create("Private " + Guid.NewGuid().ToString("N")[..6], [new BillingRule(BillingRuleType.PatientSelfBook)], Now));
        chargeband.EnableOnlineBooking(PatientAccessMode.AllowWithNoNotifications, Now);
        Value(chargeband.ConfigureOnlineSettings(new OnlineSettings(code, false, InviteCodeUsageCap: usageCap), Now));
        if (disabled)
        {
            chargeband.DisableOnlineBooking(Now);
        }

        return chargeband;
    }

    public static Task<Chargeband> SaveAsync(IServiceProvider services, Chargeband chargeband) =>
        services.InScopeAsync(async scope =>
        {
            scope.GetRequiredService<IChargebandRepository>().Add(chargeband);
            await scope.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return chargeband;
        });

    public static Task<Patient> SaveAsync(IServiceProvider services, Patient patient) =>
        services.InScopeAsync(async scope =>
        {
            scope.GetRequiredService<IPatientRepository>().Add(patient);
            await scope.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return patient;
        });

    public static Task<AccountToken> SaveAsync(IServiceProvider services, AccountToken token) =>
        services.InScopeAsync(async scope =>
        {
            scope.GetRequiredService<IAccountTokenRepository>().Add(token);
            await scope.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return token;
        });

    public static PatientDetails Details(string givenName, string familyName, DateOnly dateOfBirth, string? email, string? mobile) =>
        new(null, givenName, familyName, dateOfBirth, email, mobile);

    /// <summary>A patient who signed up (so has a password), created <paramref name="minutesLater"/> after <see cref="Now"/>.</summary>
    public static Patient SignedUp(Guid chargebandId, PatientDetails details, int minutesLater = 0) =>
        Patient.SignUp(details, chargebandId, "hash-" + details.GivenName, "2026-01", "Welcome123", Now.AddMinutes(minutesLater));

    private static T Value<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, result.Failure?.Title);
        return result.Value!;
    }
}
