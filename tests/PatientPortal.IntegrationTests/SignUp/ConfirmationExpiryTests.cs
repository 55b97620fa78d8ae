using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Patients;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignUp;

public sealed class ConfirmationExpiryTests(FakeClockPortalFactory portal) : IClassFixture<FakeClockPortalFactory>
{
    [Fact]
    public async Task ConfirmationLink_AfterItsLifetime_IsRefused_AndSigningInSendsAFreshOne()
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail();
        (await PortalScenario.SignUpAsync(portal.Browser(), Registration.Valid(code, email))).Dispose();
        var expiredLink = PortalScenario.ConfirmationPath(Assert.Single(await portal.Mail.WaitForEmailsAsync(email)));

        portal.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        using var expired = await PortalScenario.ConfirmAsync(portal.Browser(), expiredLink);

        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Equal(AccountStatus.PendingConfirmation, (await portal.QueryAsync(db => db.Patients.SingleAsync(p => p.EmailKey == email))).Account.Status);

        using var signIn = await PortalScenario.SignInAsync(portal.Browser(), email, Registration.Password);
        Assert.Contains("Confirm your email address first", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var fresh = (await portal.Mail.WaitForEmailsAsync(email, 2)).Select(PortalScenario.ConfirmationPath).Single(path => path != expiredLink);
        using var confirmed = await PortalScenario.ConfirmAsync(portal.Browser(), fresh);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(AccountStatus.Active, (await portal.QueryAsync(db => db.Patients.SingleAsync(p => p.EmailKey == email))).Account.Status);
    }
}
