using System.Net;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignIn;

/// <summary>"Forgotten your password?" from the sign-in page, through the reset email, to signing in again.</summary>
public sealed class ForgottenPasswordTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    private const string OldPassword = "an old password nobody remembers";
    private const string NewPassword = "a fresh password for the spring";

    [Fact]
    public async Task ThePatient_GetsAOneHourLink_ChoosesANewPassword_AndSignsInWithIt()
    {
        var email = Registration.UniqueEmail("forgot");
        await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: OldPassword);
        var browser = portal.Browser();
        var signInPage = await HtmlForm.GetAsync(browser, "/patient-portal/sign-in");
        Assert.Contains("href=\"/patient-portal/forgot-password\"", signInPage.Html, StringComparison.Ordinal);

        var form = await HtmlForm.GetAsync(browser, "/patient-portal/forgot-password");
        using var sent = await form.PostAsync(browser, "/patient-portal/forgot-password", new() { ["contact"] = $" {email.ToUpperInvariant()} " });
        var answer = await sent.Content.ReadAsStringAsync();
        var mail = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Check your email", answer, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(email.ToUpperInvariant()), answer, StringComparison.Ordinal);
        Assert.Contains("expires in 1 hour", mail.Text, StringComparison.Ordinal);

        var page = await InvitationPageScenario.OpenAsync(browser, InvitationLink.PathOf(mail));
        page = await InvitationPageScenario.StepAsync(browser, page, "confirm-identity", new() { ["familyName"] = InvitationPageScenario.FamilyNameOnFile });
        using var chosen = await InvitationPageScenario.PostAsync(browser, page, "password", new() { ["password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);

        using var withOld = await PortalScenario.SignInAsync(portal.Browser(), email, OldPassword);
        using var withNew = await PortalScenario.SignInAsync(portal.Browser(), email, NewPassword);
        Assert.Equal(HttpStatusCode.BadRequest, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Fact]
    public async Task AnUnknownEmail_GetsTheSameAnswer_AndNothingIsSent()
    {
        var known = Registration.UniqueEmail("forgot");
        await portal.AddPatientAsync(await portal.ChargebandAsync(), known, password: OldPassword);
        var unknown = Registration.UniqueEmail("forgot-nobody");

        using var forKnown = await ApiAsync(known);
        using var forUnknown = await ApiAsync(unknown);
        await portal.Mail.WaitForEmailsAsync(known);
        await Task.Delay(TimeSpan.FromSeconds(3.5)); // the queued job runs within 3 s

        Assert.Equal(HttpStatusCode.Accepted, forKnown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, forUnknown.StatusCode);
        Assert.Equal(
            (await forKnown.Content.ReadAsStringAsync()).Replace(known, "{email}", StringComparison.Ordinal),
            (await forUnknown.Content.ReadAsStringAsync()).Replace(unknown, "{email}", StringComparison.Ordinal));
        Assert.Empty(await portal.Mail.EmailsToAsync(unknown));
    }

    [Fact]
    public async Task ASharedFamilyEmail_SendsEachAccountItsOwnLink_OnceHoweverOftenItIsAskedFor()
    {
        var email = Registration.UniqueEmail("forgot-family");
        var chargeband = await portal.ChargebandAsync();
        await portal.AddPatientAsync(chargeband, email, familyName: "Nwosu", password: OldPassword);
        await portal.AddPatientAsync(chargeband, email, familyName: "Nwosu-Hart", password: "the other family password here");
        await portal.AddPatientAsync(chargeband, email, familyName: "Nwosu-Baby"); // on file, no account: no link

        for (var ask = 0; ask < 4; ask++)
        {
            using var response = await ApiAsync(email);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var mails = await portal.Mail.WaitForEmailsAsync(email, 2);
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        Assert.Equal(2, (await portal.Mail.EmailsToAsync(email)).Count);
        Assert.Equal(2, mails.Select(InvitationLink.PathOf).Distinct().Count());
    }

    [Fact]
    public async Task SomethingThatIsNeitherAnEmailNorAMobile_IsRefusedWithWhatToType()
    {
        var browser = portal.Browser();
        var form = await HtmlForm.GetAsync(browser, "/patient-portal/forgot-password");

        using var page = await form.PostAsync(browser, "/patient-portal/forgot-password", new() { ["contact"] = "mary at home" });
        using var api = await ApiAsync("");

        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("<title>Error: Forgotten your password?", html, StringComparison.Ordinal);
        Assert.Contains("for example name@example.com or 07700 900123", html, StringComparison.Ordinal);
        Assert.Contains("value=\"mary at home\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    private Task<HttpResponseMessage> ApiAsync(string contact) =>
        portal.Browser().PostAsync(
            new Uri("/patient-portal/api/forgot-password", UriKind.Relative),
            new StringContent(System.Text.Json.JsonSerializer.Serialize(new { contact }), System.Text.Encoding.UTF8, "application/json"));
}
