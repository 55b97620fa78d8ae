using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignIn;

/// <summary>A copy of a patient's cookie, taken while they were signed in, after the session has been ended.</summary>
public sealed class ServerSideSessionTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    private const string Password = "tidal pools along the western shore";

    [Fact]
    public async Task CopiedCookie_StopsWorking_OnceThePatientSignsOut()
    {
        var email = await PatientAsync();
        var (browser, copy) = await SignedInWithCopyAsync(email);
        Assert.Equal(HttpStatusCode.OK, await HomeStatusAsync(copy));

        var home = await HtmlForm.GetAsync(browser, "/patient-portal");
        using var signedOut = await home.PostAsync(browser, "/patient-portal/sign-out", []);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/patient-portal/signed-out", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(copy));
        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(browser));
    }

    [Fact]
    public async Task SignOutEverywhere_EndsTheSessionsOfOtherDevices()
    {
        var email = await PatientAsync();
        var (phone, _) = await SignedInWithCopyAsync(email);
        var (laptop, laptopCopy) = await SignedInWithCopyAsync(email);

        var home = await HtmlForm.GetAsync(phone, "/patient-portal");
        using var response = await home.PostAsync(phone, "/patient-portal/sign-out-everywhere", []);

        Assert.Equal("/patient-portal/signed-out?everywhere=true", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(laptop));
        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(laptopCopy));
        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(phone));
    }

    [Fact]
    public async Task PasswordReset_EndsEverySessionSignedInWithTheOldPassword()
    {
        var email = Registration.UniqueEmail("sessions");
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: Password);
        var (_, copy) = await SignedInWithCopyAsync(email);
        var resetLink = await portal.InviteAndReadLinkAsync(patientId, email);

        var resetter = portal.Browser();
        var page = await InvitationPageScenario.OpenAsync(resetter, resetLink);
        page = await InvitationPageScenario.StepAsync(resetter, page, "confirm-identity", new() { ["familyName"] = InvitationPageScenario.FamilyNameOnFile });
        // The privacy policy on file is current, so choosing the password completes the reset.
        using var done = await InvitationPageScenario.PostAsync(resetter, page, "password", new() { ["password"] = "a brand new password for the portal" });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(copy));
        Assert.Equal(HttpStatusCode.OK, await HomeStatusAsync(resetter)); // the reset signs this browser in afresh
    }

    [Fact]
    public async Task SignOutEverywhere_ThroughTheApi_WithoutASession_Is401()
    {
        using var response = await portal.Browser().PostAsync(new Uri("/patient-portal/api/sign-out-everywhere", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> PatientAsync()
    {
        var email = Registration.UniqueEmail("sessions");
        await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: Password);
        return email;
    }

    /// <summary>Signs a browser in, and makes a second client that sends a copy of its patient cookie.</summary>
    private async Task<(HttpClient Browser, HttpClient Copy)> SignedInWithCopyAsync(string email)
    {
        var browser = portal.Browser();
        using var response = await PortalScenario.SignInAsync(browser, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith(".PatientPortal.Patient=", StringComparison.Ordinal));
        var copy = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        return (browser, copy);
    }

    private static async Task<HttpStatusCode> HomeStatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/patient-portal", UriKind.Relative));
        return response.StatusCode;
    }
}
