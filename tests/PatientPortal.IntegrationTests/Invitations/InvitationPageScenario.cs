using System.Net;
using System.Text.RegularExpressions;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Invitations;

/// <summary>The site sending invitations by email only, so every test reads its link from maildev.</summary>
public sealed class EmailInvitationsPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => InvitationPageScenario.EmailOnly();
}

/// <summary>The same, on a clock the test moves (link expiry).</summary>
public sealed class EmailInvitationsClockPortalFactory : FakeClockPortalFactory
{
    protected override IDictionary<string, string?> Settings => InvitationPageScenario.EmailOnly();
}

/// <summary>A patient on file without an account, invited by the practice, with the link from their email.</summary>
public sealed record InvitedPatient(Guid PatientId, string Email, string LinkPath)
{
    public string Token => Uri.UnescapeDataString(LinkPath[(LinkPath.IndexOf("?token=", StringComparison.Ordinal) + "?token=".Length)..]);
}

/// <summary>Steps of the invitation page, as a browser without JavaScript takes them.</summary>
internal static partial class InvitationPageScenario
{
    public const string Page = "/patient-portal/invitation";

    /// <summary>The family name <see cref="PatientSeed"/> gives patients.</summary>
    public const string FamilyNameOnFile = "O'Higgins";

    public const string Password = "quiet harbour lantern morning";

    public static Dictionary<string, string?> EmailOnly() => new() { ["PatientPortal:Invitations:Channels:0"] = "Email" };

    public static async Task<InvitedPatient> InvitedPatientAsync(this PortalFactory portal)
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        return new InvitedPatient(patientId, email, await portal.InviteAndReadLinkAsync(patientId, email));
    }

    /// <summary>Invites the patient and returns the link of the new email (earlier emails to the address are left out).</summary>
    public static async Task<string> InviteAndReadLinkAsync(this PortalFactory portal, Guid patientId, string email)
    {
        var earlier = await LinksToAsync(portal, email);
        await portal.InviteAsync(patientId);
        return await NewLinkAsync(portal, email, earlier);
    }

    public static async Task<IReadOnlyList<string>> LinksToAsync(PortalFactory portal, string email) =>
        (await portal.Mail.EmailsToAsync(email)).Select(InvitationLink.PathOf).ToList();

    public static async Task<string> NewLinkAsync(PortalFactory portal, string email, IReadOnlyList<string> earlier)
    {
        var emails = await portal.Mail.WaitForEmailsAsync(email, earlier.Count + 1);
        return Assert.Single(emails.Select(InvitationLink.PathOf).Except(earlier));
    }

    /// <summary>Follows the link: the token goes into a cookie and the page shows at its clean address.</summary>
    public static async Task<HtmlForm> OpenAsync(HttpClient browser, string linkPath)
    {
        using var opened = await browser.GetAsync(new Uri(linkPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(Page, opened.Headers.Location?.OriginalString);
        return await HtmlForm.GetAsync(browser, Page);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, HtmlForm form, string step, Dictionary<string, string> fields) =>
        form.PostAsync(browser, $"{Page}/{step}", fields);

    /// <summary>Posts a step that goes through: back to the page, which shows the next step.</summary>
    public static async Task<HtmlForm> StepAsync(HttpClient browser, HtmlForm form, string step, Dictionary<string, string> fields)
    {
        using var response = await PostAsync(browser, form, step, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{step} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(Page, response.Headers.Location?.OriginalString);
        return await HtmlForm.GetAsync(browser, Page);
    }

    /// <summary>Up to the privacy-policy step: identity confirmed, password chosen.</summary>
    public static async Task<HtmlForm> UpToPrivacyPolicyAsync(HttpClient browser, string linkPath, string password = Password)
    {
        var page = await OpenAsync(browser, linkPath);
        page = await StepAsync(browser, page, "confirm-identity", new() { ["familyName"] = FamilyNameOnFile });
        page = await StepAsync(browser, page, "password", new() { ["password"] = password });
        Assert.Contains("privacy policy", page.Html, StringComparison.Ordinal);
        return page;
    }

    /// <summary>All three steps; the answer is the redirect of a signed-in patient to the link's destination.</summary>
    public static async Task<HttpResponseMessage> CompleteAsync(HttpClient browser, string linkPath, string password = Password)
    {
        var page = await UpToPrivacyPolicyAsync(browser, linkPath, password);
        return await PostAsync(browser, page, "privacy", new() { ["acceptPrivacyPolicy"] = "true" });
    }

    /// <summary>The error summary of a refused form, the part a patient reads.</summary>
    public static string ErrorSummary(string html)
    {
        var match = ErrorSummaryBlock().Match(html);
        Assert.True(match.Success, "The page has no error summary.");
        return match.Value;
    }

    [GeneratedRegex("<div class=\"error-summary\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummaryBlock();
}
