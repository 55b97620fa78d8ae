using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Patients;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignUp;

public sealed class SignUpPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SignUp_WithInviteCode_ConfirmsThroughEmail_AndSignsIntoAnActiveAccount()
    {
        var admin = await portal.AdminAsync();
        var code = Registration.UniqueCode("Welcome");
        var chargebandId = await PortalScenario.CreateOnlineChargebandAsync(admin, code);
        var email = Registration.UniqueEmail();
        var browser = portal.Browser();
        var registration = Registration.Valid(code.ToLowerInvariant(), email);

        // Typed in another case: codes are compared without case.
        using var signedUp = await PortalScenario.SignUpAsync(browser, registration);

        Assert.True(signedUp.StatusCode == HttpStatusCode.Redirect, await signedUp.Content.ReadAsStringAsync());
        Assert.Equal("/patient-portal/sign-up/check-your-email", signedUp.Headers.Location?.OriginalString);
        var patient = await portal.QueryAsync(db => db.Patients.SingleAsync(p => p.EmailKey == email));
        Assert.Equal(AccountStatus.PendingConfirmation, patient.Account.Status);
        Assert.Equal(Guid.Parse(chargebandId), patient.ChargebandId);
        Assert.Equal("+44" + registration["mobile"].Replace(" ", string.Empty, StringComparison.Ordinal)[1..], patient.Mobile);
        Assert.Equal("2026-01", patient.Account.PrivacyPolicyVersion);
        Assert.NotNull(patient.Account.PrivacyPolicyAcceptedAt);
        Assert.StartsWith("AQAAAA", patient.Account.PasswordHash, StringComparison.Ordinal); // Identity V3 format, never the password

        var mail = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains("Confirm your email", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("expires in 24 hours", mail.Text, StringComparison.Ordinal);

        using var confirmed = await PortalScenario.ConfirmAsync(browser, PortalScenario.ConfirmationPath(mail));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Your account is ready", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Active, (await portal.QueryAsync(db => db.Patients.SingleAsync(p => p.Id == patient.Id))).Account.Status);

        using var signedIn = await PortalScenario.SignInAsync(browser, email, Registration.Password);
        Assert.Equal("/patient-portal", signedIn.Headers.Location?.OriginalString);
        var home = await browser.GetStringAsync(new Uri("/patient-portal", UriKind.Relative));
        Assert.Contains("Welcome, Ms Orla O&#x27;Higgins", home, StringComparison.Ordinal);

        var chargeband = await admin.GetFromJsonAsync<JsonElement>($"{PortalScenario.ChargebandsUrl}/{chargebandId}");
        Assert.Equal(1, chargeband.GetProperty("onlineSettings").GetProperty("inviteCodeSignUpCount").GetInt32());
    }

    [Fact]
    public async Task OpeningTheConfirmationLink_DoesNotUseItUp_UntilThePatientConfirms()
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail();
        var browser = portal.Browser();
        var path = await portal.SignUpAndReadConfirmationAsync(browser, Registration.Valid(code, email));

        // A mail scanner fetches the link first, with its own cookie jar.
        using (var scanner = await portal.Browser().GetAsync(new Uri(path, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, scanner.StatusCode);
            Assert.Equal("no-referrer", scanner.Headers.GetValues("Referrer-Policy").Single());
        }

        Assert.Equal(AccountStatus.PendingConfirmation, (await portal.QueryAsync(db => db.Patients.SingleAsync(p => p.EmailKey == email))).Account.Status);
        using var confirmed = await PortalScenario.ConfirmAsync(browser, path);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(AccountStatus.Active, (await portal.QueryAsync(db => db.Patients.SingleAsync(p => p.EmailKey == email))).Account.Status);
    }

    [Fact]
    public async Task ReplayedConfirmationLink_IsRefused_WithAClearPage()
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail();
        var browser = portal.Browser();
        var path = await portal.SignUpAndReadConfirmationAsync(browser, Registration.Valid(code, email));
        (await PortalScenario.ConfirmAsync(browser, path)).Dispose();

        using var replay = await PortalScenario.ConfirmAsync(portal.Browser(), path);

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("This link does not work", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedConfirmationToken_IsRefused()
    {
        var browser = portal.Browser();
        using var response = await PortalScenario.ConfirmAsync(browser, "/patient-portal/confirm-email?token=" + new string('A', 43));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownCode_GetsTheGenericMessage_AndCreatesNothing()
    {
        var before = await portal.PatientCountAsync();
        var browser = portal.Browser();
        var page = await HtmlForm.GetAsync(browser, "/patient-portal/sign-up");

        using var response = await page.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = "NoSuchCode1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("This invite code is not valid", html, StringComparison.Ordinal);
        Assert.Equal(before, await portal.PatientCountAsync());
    }

    [Fact]
    public async Task CodeOfChargebandWithOnlineBookingDisabled_GetsTheSameGenericMessage_EvenAtTheRegistrationStep()
    {
        var admin = await portal.AdminAsync();
        var code = Registration.UniqueCode();
        var id = await PortalScenario.CreateOnlineChargebandAsync(admin, code);
        var browser = portal.Browser();
        var start = await HtmlForm.GetAsync(browser, "/patient-portal/sign-up");
        using var accepted = await start.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = code });
        var form = await HtmlForm.ReadAsync(accepted);
        (await admin.PostAsync(new Uri($"{PortalScenario.ChargebandsUrl}/{id}/online-booking/disable", UriKind.Relative), null)).Dispose();
        var before = await portal.PatientCountAsync();

        using var rejectedCode = await start.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = code });
        using var rejectedForm = await form.PostAsync(browser, "/patient-portal/sign-up/register", Registration.Valid(code, Registration.UniqueEmail()));

        Assert.Equal(HttpStatusCode.BadRequest, rejectedCode.StatusCode);
        Assert.Contains("This invite code is not valid", await rejectedCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, rejectedForm.StatusCode);
        Assert.Contains("This invite code is not valid", await rejectedForm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await portal.PatientCountAsync());
    }

    [Fact]
    public async Task CodeOutsideItsDates_OrOverItsCap_GetsTheGenericMessage()
    {
        var admin = await portal.AdminAsync();
        var expired = Registration.UniqueCode();
        await PortalScenario.CreateOnlineChargebandAsync(admin, expired, settings: new { inviteCode = expired, allowOnlineMessaging = false, inviteCodeValidUntil = "2020-12-31", acceptGuessableInviteCode = true });
        var capped = Registration.UniqueCode();
        await PortalScenario.CreateOnlineChargebandAsync(admin, capped, settings: new { inviteCode = capped, allowOnlineMessaging = false, inviteCodeUsageCap = 1, acceptGuessableInviteCode = true });
        var browser = portal.Browser();
        (await PortalScenario.SignUpAsync(browser, Registration.Valid(capped, Registration.UniqueEmail()))).Dispose();
        var before = await portal.PatientCountAsync();
        var page = await HtmlForm.GetAsync(browser, "/patient-portal/sign-up");

        using var expiredResponse = await page.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = expired });
        using var cappedResponse = await page.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = capped });

        Assert.Equal(HttpStatusCode.BadRequest, expiredResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, cappedResponse.StatusCode);
        Assert.Contains("This invite code is not valid", await cappedResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await portal.PatientCountAsync());
    }

    [Theory]
    [InlineData("email", "not-an-email", "Enter an email address in the form name@example.com.")]
    [InlineData("mobile", "12345", "This is not a valid phone number.")]
    [InlineData("mobile", "020 7946 0018", "Enter a mobile number: we send text messages to it.")]
    [InlineData("password", "short phrase", "Your password needs at least 15 characters.")]
    [InlineData("password", "123456789987654321", "one of the most common passwords")]
    [InlineData("password", "orla orla orla orla", "must not contain your name or email address")]
    [InlineData("acceptPrivacyPolicy", "false", "Read and accept the privacy policy")]
    [InlineData("privacyPolicyVersion", "2019-01", "The privacy policy has changed")]
    [InlineData("dateOfBirth", "2999-01-01", "Your date of birth must be in the past.")]
    [InlineData("dateOfBirth", "31/02/1980", "Enter your date of birth as a real date")]
    [InlineData("dateOfBirthDay", "31", "Enter your date of birth as a real date")]
    [InlineData("givenName", "", "Enter your given name.")]
    public async Task BadRegistrationInput_IsExplained_AndCreatesNothing(string field, string value, string message)
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail();
        var registration = Registration.Valid(code, email);
        registration[field] = value;
        var before = await portal.PatientCountAsync();

        using var response = await PortalScenario.SignUpAsync(portal.Browser(), registration);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Registration.Password, html, StringComparison.Ordinal);
        Assert.Equal(before, await portal.PatientCountAsync());
        Assert.Empty(await portal.Mail.EmailsToAsync(email));
    }

    [Fact]
    public async Task PostWithoutAntiforgeryToken_IsRefused_AndCreatesNothing()
    {
        var code = await portal.NewInviteCodeAsync();
        var browser = portal.Browser();
        var page = await HtmlForm.GetAsync(browser, "/patient-portal/sign-up");
        var before = await portal.PatientCountAsync();

        using var response = await page.PostAsync(browser, "/patient-portal/sign-up/register", Registration.Valid(code, Registration.UniqueEmail()), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("This form could not be sent", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await portal.PatientCountAsync());
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        using var response = await portal.Browser().GetAsync(new Uri("/patient-portal/sign-up", UriKind.Relative));

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<label for=\"inviteCode\">Invite code</label>", html, StringComparison.Ordinal);
    }
}
