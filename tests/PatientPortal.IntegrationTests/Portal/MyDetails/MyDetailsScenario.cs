using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal.MyDetails;

/// <summary>A patient with an account, signed in, posting the forms of "my details" as a browser without JavaScript does.</summary>
public static class MyDetailsScenario
{
    public const string Page = "/patient-portal/my-details";
    public const string Password = "lighthouse keeper of the northern isles";

    public static async Task<(string Email, Guid Id)> PatientAsync(this PortalFactory portal, string? mobile = null)
    {
        var email = Registration.UniqueEmail("details");
        return (email, await portal.AddPatientAsync(await portal.ChargebandAsync(), email, mobile, password: Password));
    }

    public static async Task<HttpClient> SignedInAsync(this PortalFactory portal, string email, string password = Password)
    {
        var browser = portal.Browser();
        using var response = await PortalScenario.SignInAsync(browser, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>A second client that sends a copy of the browser's patient cookie, as one taken from it would.</summary>
    public static async Task<HttpClient> CopyOfCookieAsync(this PortalFactory portal, string email)
    {
        var browser = portal.Browser();
        using var response = await PortalScenario.SignInAsync(browser, email, Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith(".PatientPortal.Patient=", StringComparison.Ordinal));
        var copy = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie.Split(';')[0]);
        return copy;
    }

    /// <summary>Opens "my details" and posts one of its forms (<c>contact</c>, <c>messages</c>, <c>password</c>).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string form, Dictionary<string, string> fields)
    {
        var page = await HtmlForm.GetAsync(browser, Page);
        return await page.PostAsync(browser, $"{Page}/{form}", fields);
    }

    public static async Task<HttpStatusCode> HomeStatusAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/patient-portal", UriKind.Relative));
        return response.StatusCode;
    }

    public static async Task<HttpStatusCode> SignInStatusAsync(this PortalFactory portal, string email, string password)
    {
        using var response = await PortalScenario.SignInAsync(portal.Browser(), email, password);
        return response.StatusCode;
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The audit actions recorded about the patient, oldest first.</summary>
    public static Task<List<string>> AuditActionsAsync(this PortalFactory portal, Guid patientId) =>
        portal.QueryAsync(db => db.AuditLog.Where(entry => entry.SubjectId == patientId).OrderBy(entry => entry.Id).Select(entry => entry.Action).ToListAsync());
}
