using System.Net;
using PatientPortal.Core.SignUp;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal;

/// <summary>What every public page carries: the practice's contact details, an "Error:" title when a form is refused, a real 404.</summary>
public sealed class PublicPageFurnitureTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/patient-portal/sign-in")]
    [InlineData("/patient-portal/sign-up")]
    [InlineData("/patient-portal/forgot-password")]
    [InlineData("/patient-portal/signed-out")]
    public async Task EveryPublicPage_ShowsHowToContactThePractice(string path)
    {
        var page = await HtmlForm.GetAsync(portal.Browser(), path);

        Assert.Contains("<h2>Contact Riverside Private Clinic</h2>", page.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:02079460000\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("mailto:reception@riverside-clinic.example", page.Html, StringComparison.Ordinal);
        Assert.Contains("Monday to Friday, 8:00 to 18:30", page.Html, StringComparison.Ordinal);
        Assert.Contains("12 Riverside Walk", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedForm_StartsThePageTitleWithError_AndFocusesTheSummary()
    {
        var browser = portal.Browser();
        var form = await HtmlForm.GetAsync(browser, "/patient-portal/sign-in");
        Assert.DoesNotContain("<title>Error:", form.Html, StringComparison.Ordinal);

        using var refused = await form.PostAsync(browser, "/patient-portal/sign-in", new() { ["email"] = "nobody@example.org", ["password"] = "not the password at all" });
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<title>Error: Sign in", html, StringComparison.Ordinal);
        Assert.Contains("class=\"error-summary\" role=\"alert\" tabindex=\"-1\" autofocus", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#email\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyInviteCode_IsAskedFor_AndAWrongOneKeepsTheGenericAnswer()
    {
        var browser = portal.Browser();
        var form = await HtmlForm.GetAsync(browser, "/patient-portal/sign-up");

        using var empty = await form.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = " " });
        using var wrong = await form.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = "NoSuchCode77" });

        Assert.Contains(System.Net.WebUtility.HtmlEncode(SignUpService.MissingCodeMessage), await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(SignUpService.InvalidCodeMessage), await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckYourEmail_AfterSigningUp_NamesTheAddressTyped_SoATypoShows()
    {
        var browser = portal.Browser();
        var email = Registration.UniqueEmail("typed");
        using var signedUp = await PortalScenario.SignUpAsync(browser, Registration.Valid(await portal.NewInviteCodeAsync(), email));
        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);

        var page = await HtmlForm.GetAsync(browser, signedUp.Headers.Location!.OriginalString);
        var again = await HtmlForm.GetAsync(browser, signedUp.Headers.Location!.OriginalString);

        Assert.Contains($"We have sent a message to {email}.", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, signedUp.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(email, again.Html, StringComparison.Ordinal); // shown once, not kept
    }

    [Fact]
    public async Task AnUnknownPortalAddress_IsAnHtml404_WithTheWayBack()
    {
        using var response = await portal.Browser().GetAsync(new Uri("/patient-portal/no/such/page", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Page not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/patient-portal\"", html, StringComparison.Ordinal);
        using var api = await portal.Browser().GetAsync(new Uri("/patient-portal/api/no-such-operation", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.NotEqual("text/html", api.Content.Headers.ContentType?.MediaType);
    }
}
