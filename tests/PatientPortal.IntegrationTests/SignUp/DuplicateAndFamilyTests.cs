using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignUp;

/// <summary>Families share contact details; a person already on file is never registered twice.</summary>
public sealed class DuplicateAndFamilyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SignUpMatchingAnActivePatient_CreatesNoSecondPatient_AndSendsAPasswordResetToTheAddressOnFile()
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail();
        var browser = portal.Browser();
        var first = Registration.Valid(code, email, familyName: "O'Higgins");
        (await PortalScenario.SignUpAsync(browser, first)).Dispose();
        (await PortalScenario.ConfirmAsync(browser, PortalScenario.ConfirmationPath(Assert.Single(await portal.Mail.WaitForEmailsAsync(email))))).Dispose();
        var before = await portal.PatientCountAsync();

        // Same person typed differently: no apostrophe, other case, other mobile, same email and birth date.
        var again = Registration.Valid(code, email.ToUpperInvariant(), familyName: "ohiggins");
        using var response = await PortalScenario.SignUpAsync(portal.Browser(), again);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/patient-portal/sign-up/check-your-email", response.Headers.Location?.OriginalString);
        Assert.Equal(before, await portal.PatientCountAsync());
        var emails = await portal.Mail.WaitForEmailsAsync(email, 2);
        var reset = Assert.Single(emails, mail => mail.Subject.Contains("Reset your", StringComparison.Ordinal));
        Assert.Contains("/patient-portal/invitation?token=", reset.Html, StringComparison.Ordinal);
        Assert.Contains("expires in 15 minutes", reset.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUpMatchingAPendingPatient_ResendsTheConfirmationLink_InsteadOfASecondRecord()
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail();
        var registration = Registration.Valid(code, email, familyName: "Ní Bhriain");
        (await PortalScenario.SignUpAsync(portal.Browser(), registration)).Dispose();
        var before = await portal.PatientCountAsync();

        (await PortalScenario.SignUpAsync(portal.Browser(), Registration.Valid(code, email, familyName: "Ni Bhriain"))).Dispose();

        Assert.Equal(before, await portal.PatientCountAsync());
        var emails = await portal.Mail.WaitForEmailsAsync(email, 2);
        Assert.All(emails, mail => Assert.Contains("Confirm your email", mail.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FamilySharingAnEmail_EachSignUp_ConfirmAndSignIn_WithTheirOwnPassword()
    {
        var code = await portal.NewInviteCodeAsync();
        var shared = Registration.UniqueEmail("family");
        var browser = portal.Browser();
        var mother = Registration.Valid(code, shared, givenName: "Maeve", familyName: "Kelly", dateOfBirth: "1975-02-03");
        var son = Registration.Valid(code, shared, givenName: "Cian", familyName: "Kelly", dateOfBirth: "2005-08-09");
        son["password"] = "a different long family passphrase";

        (await PortalScenario.SignUpAsync(browser, mother)).Dispose();
        (await PortalScenario.SignUpAsync(browser, son)).Dispose();
        foreach (var mail in await portal.Mail.WaitForEmailsAsync(shared, 2))
        {
            (await PortalScenario.ConfirmAsync(portal.Browser(), PortalScenario.ConfirmationPath(mail))).Dispose();
        }

        Assert.Equal(2, await portal.QueryAsync(db => db.Patients.CountAsync(p => p.EmailKey == shared)));
        var sonBrowser = portal.Browser();
        using var sonSignedIn = await PortalScenario.SignInAsync(sonBrowser, shared, son["password"]);
        Assert.Equal("/patient-portal", sonSignedIn.Headers.Location?.OriginalString);
        Assert.Contains("Welcome, Ms Cian Kelly", await sonBrowser.GetStringAsync(new Uri("/patient-portal", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FamilySharingEmailAndPassword_IsAskedWhichPerson_AfterThePasswordIsChecked()
    {
        var code = await portal.NewInviteCodeAsync();
        var shared = Registration.UniqueEmail("family");
        var browser = portal.Browser();
        (await PortalScenario.SignUpAsync(browser, Registration.Valid(code, shared, givenName: "Aisling", familyName: "Walsh", dateOfBirth: "1970-01-01"))).Dispose();
        (await PortalScenario.SignUpAsync(browser, Registration.Valid(code, shared, givenName: "Declan", familyName: "Walsh", dateOfBirth: "1968-06-30"))).Dispose();
        foreach (var mail in await portal.Mail.WaitForEmailsAsync(shared, 2))
        {
            (await PortalScenario.ConfirmAsync(portal.Browser(), PortalScenario.ConfirmationPath(mail))).Dispose();
        }

        using var wrong = await PortalScenario.SignInAsync(portal.Browser(), shared, "not the family password at all");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        var signIn = portal.Browser();
        using var asked = await PortalScenario.SignInAsync(signIn, shared, Registration.Password);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var choice = await HtmlForm.ReadAsync(asked);
        Assert.Contains("Who is signing in?", choice.Html, StringComparison.Ordinal);
        var declan = await portal.QueryAsync(db => db.Patients.SingleAsync(p => p.EmailKey == shared && p.GivenName == "Declan"));

        using var chosen = await choice.PostAsync(signIn, "/patient-portal/sign-in/choose", new() { ["ticket"] = choice.HiddenValue("ticket")!, ["patientId"] = declan.Id.ToString() });

        Assert.Equal("/patient-portal", chosen.Headers.Location?.OriginalString);
        Assert.Contains("Declan Walsh", await signIn.GetStringAsync(new Uri("/patient-portal", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingSomeoneTheTicketDoesNotName_IsRefused()
    {
        var signIn = portal.Browser();
        var page = await HtmlForm.GetAsync(signIn, "/patient-portal/sign-in");

        using var forged = await page.PostAsync(signIn, "/patient-portal/sign-in/choose", new() { ["ticket"] = "forged", ["patientId"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        using var home = await signIn.GetAsync(new Uri("/patient-portal", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }
}
