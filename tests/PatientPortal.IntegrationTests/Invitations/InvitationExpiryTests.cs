using System.Net;
using PatientPortal.IntegrationTests.Support;
using static PatientPortal.IntegrationTests.Invitations.InvitationPageScenario;

namespace PatientPortal.IntegrationTests.Invitations;

public sealed class InvitationExpiryTests(EmailInvitationsClockPortalFactory portal) : IClassFixture<EmailInvitationsClockPortalFactory>
{
    [Fact]
    public async Task LinkOpenedAfter72Hours_ShowsTheExpiredPage_AndANewLinkThatWorks()
    {
        var invited = await portal.InvitedPatientAsync();

        portal.Clock.Advance(TimeSpan.FromHours(72) + TimeSpan.FromMinutes(1));
        var browser = portal.Browser();
        var page = await OpenAsync(browser, invited.LinkPath);

        Assert.Contains("This link has expired", page.Html, StringComparison.Ordinal);
        Assert.Contains("Send me a new link", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Your family name", page.Html, StringComparison.Ordinal);

        var earlier = await LinksToAsync(portal, invited.Email);
        (await PostAsync(browser, page, "new-link", [])).Dispose();
        var fresh = await NewLinkAsync(portal, invited.Email, earlier);
        using var completed = await CompleteAsync(portal.Browser(), fresh);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal("/patient-portal", completed.Headers.Location?.OriginalString);
    }
}
