using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Patients;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignUp;

/// <summary>The site while its SMTP server refuses connections (nothing listens on the port).</summary>
public sealed class MailServerDownFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Email:Port"] = "9", // the discard port: nothing listens there on a test machine
    };
}

/// <summary>The same site's database after the mail settings were mended and the site restarted.</summary>
public sealed class RestartedFactory(string databasePath) : PortalFactory
{
    public override string DatabasePath => databasePath;
}

public sealed class MailServerDownTests(MailServerDownFactory portal) : IClassFixture<MailServerDownFactory>
{
    [Fact]
    public async Task SignUp_WhileSmtpIsDown_KeepsThePatient_AndSigningInAfterwardsSendsTheLink()
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail();

        using var signedUp = await PortalScenario.SignUpAsync(portal.Browser(), Registration.Valid(code, email));

        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        var patient = await portal.QueryAsync(db => db.Patients.SingleAsync(p => p.EmailKey == email));
        Assert.Equal(AccountStatus.PendingConfirmation, patient.Account.Status);
        Assert.Empty(await portal.Mail.EmailsToAsync(email));

        using var restarted = new RestartedFactory(portal.DatabasePath);
        var browser = restarted.Browser();
        using var signIn = await PortalScenario.SignInAsync(browser, email, Registration.Password);
        Assert.Contains("We have sent you a new link", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var link = PortalScenario.ConfirmationPath(Assert.Single(await restarted.Mail.WaitForEmailsAsync(email)));
        using var confirmed = await PortalScenario.ConfirmAsync(browser, link);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(AccountStatus.Active, (await restarted.QueryAsync(db => db.Patients.SingleAsync(p => p.Id == patient.Id))).Account.Status);
    }
}
