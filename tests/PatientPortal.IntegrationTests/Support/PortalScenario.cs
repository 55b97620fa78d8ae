using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>Steps several tests share: set up a chargeband with a code, sign up through the pages, confirm.</summary>
public static partial class PortalScenario
{
    public const string ChargebandsUrl = "/umbraco/management/api/v1/patient-portal/chargebands";

    public static async Task<JsonElement> CreateChargebandAsync(HttpClient admin, string name = "Self-pay")
    {
        using var response = await admin.PostAsJsonAsync(ChargebandsUrl, new { name, billingRules = new[] { new { type = "PatientSelfBook" } } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string> CreateOnlineChargebandAsync(HttpClient admin, string inviteCode, string accessMode = "AllowWithNoNotifications", object? settings = null)
    {
        var id = (await CreateChargebandAsync(admin, $"Online {inviteCode}")).GetProperty("id").GetString()!;
        using (var enabled = await admin.PostAsJsonAsync($"{ChargebandsUrl}/{id}/online-booking/enable", new { accessMode }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        // Tests' codes are made to be unique, not hard to guess: the admin accepts the warning.
        using var configured = await admin.PutAsJsonAsync($"{ChargebandsUrl}/{id}/online-settings", settings ?? new { inviteCode, allowOnlineMessaging = true, acceptGuessableInviteCode = true });
        Assert.Equal(HttpStatusCode.OK, configured.StatusCode);
        return id;
    }

    /// <summary>A fresh chargeband with online booking and a unique invite code, set up by the admin.</summary>
    public static async Task<string> NewInviteCodeAsync(this PortalFactory portal)
    {
        var code = Registration.UniqueCode();
        await CreateOnlineChargebandAsync(await portal.AdminAsync(), code);
        return code;
    }

    /// <summary>Signs up through the pages and returns the link of the one confirmation email that arrived.</summary>
    public static async Task<string> SignUpAndReadConfirmationAsync(this PortalFactory portal, HttpClient browser, Dictionary<string, string> registration)
    {
        (await SignUpAsync(browser, registration)).Dispose();
        return ConfirmationPath(Assert.Single(await portal.Mail.WaitForEmailsAsync(registration["email"])));
    }

    /// <summary>Invite code page, then the registration form, as a browser without JavaScript does.</summary>
    public static async Task<HttpResponseMessage> SignUpAsync(HttpClient browser, Dictionary<string, string> registration)
    {
        var start = await HtmlForm.GetAsync(browser, "/patient-portal/sign-up");
        using var codeAccepted = await start.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = registration["inviteCode"] });
        Assert.Equal(HttpStatusCode.OK, codeAccepted.StatusCode);
        var form = await HtmlForm.ReadAsync(codeAccepted);
        return await form.PostAsync(browser, "/patient-portal/sign-up/register", new Dictionary<string, string>(registration));
    }

    /// <summary>The confirmation link of an email, as the patient's mail program shows it.</summary>
    public static Uri ConfirmationLink(ReceivedEmail email)
    {
        var match = ConfirmLink().Match(email.Html ?? string.Empty);
        Assert.True(match.Success, "The email has no confirmation link.");
        return new Uri(WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    public static string ConfirmationPath(ReceivedEmail email) => ConfirmationLink(email).PathAndQuery;

    public static string ConfirmationToken(ReceivedEmail email)
    {
        var query = ConfirmationLink(email).Query;
        return Uri.UnescapeDataString(query["?token=".Length..]);
    }

    /// <summary>Opens the link (token moves to a cookie), then presses the confirm button.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient browser, string confirmationPath)
    {
        using var opened = await browser.GetAsync(new Uri(confirmationPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/patient-portal/confirm-email", opened.Headers.Location?.OriginalString);
        var page = await HtmlForm.GetAsync(browser, "/patient-portal/confirm-email");
        return await page.PostAsync(browser, "/patient-portal/confirm-email", []);
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password, string? returnUrl = null)
    {
        var page = await HtmlForm.GetAsync(browser, "/patient-portal/sign-in");
        var fields = new Dictionary<string, string> { ["email"] = email, ["password"] = password };
        if (returnUrl is not null)
        {
            fields["returnUrl"] = returnUrl;
        }

        return await page.PostAsync(browser, "/patient-portal/sign-in", fields);
    }

    [GeneratedRegex("href=\"([^\"]*confirm-email\\?token=[^\"]+)\"")]
    private static partial Regex ConfirmLink();
}
