using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignIn;

/// <summary>
/// Signing in on a browser that still holds a patient cookie starts a new session: the cookie from before (which
/// someone may have planted or copied) never becomes the new patient's session.
/// </summary>
public sealed class NewSessionOnSignInTests(LightHashingPortalFactory portal) : IClassFixture<LightHashingPortalFactory>
{
    private const string Password = "cormorants drying their wings on the pier";

    [Theory]
    [InlineData("page")]
    [InlineData("api")]
    public async Task SigningIn_OverAnEarlierCookie_LeavesThatCookieSignedOut_AndTheNewSessionIsTheNewPatients(string how)
    {
        var first = await PatientAsync();
        var (second, secondId) = await PatientWithIdAsync();
        var browser = portal.Browser();
        var earlierCookie = await SignInAsync(browser, first, how);
        var copy = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", earlierCookie);

        await SignInAsync(browser, second, how);

        Assert.Equal(HttpStatusCode.Redirect, await HomeStatusAsync(copy));
        Assert.Equal(HttpStatusCode.OK, await HomeStatusAsync(browser));
        Assert.Equal(1, await portal.QueryAsync(db => db.Set<PatientPortal.Core.SignIn.Sessions.SignInSession>().CountAsync(session => session.PatientId == secondId)));
    }

    private static async Task<string> SignInAsync(HttpClient browser, string email, string how)
    {
        HttpResponseMessage response;
        if (how == "page")
        {
            response = await PortalScenario.SignInAsync(browser, email, Password);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
        else
        {
            response = await browser.PostAsJsonAsync("/patient-portal/api/sign-in", new { email, password = Password });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (response)
        {
            return response.Headers.GetValues("Set-Cookie").Last(value => value.StartsWith(".PatientPortal.Patient=", StringComparison.Ordinal)).Split(';')[0];
        }
    }

    private async Task<string> PatientAsync() => (await PatientWithIdAsync()).Email;

    private async Task<(string Email, Guid Id)> PatientWithIdAsync()
    {
        var email = Registration.UniqueEmail("session");
        return (email, await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: Password));
    }

    private static async Task<HttpStatusCode> HomeStatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/patient-portal", UriKind.Relative));
        return response.StatusCode;
    }
}
