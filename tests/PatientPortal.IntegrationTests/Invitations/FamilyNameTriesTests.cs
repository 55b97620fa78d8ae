using System.Net;
using System.Text.RegularExpressions;
using PatientPortal.Core.Invitations;
using PatientPortal.IntegrationTests.Support;
using static PatientPortal.IntegrationTests.Invitations.InvitationPageScenario;

namespace PatientPortal.IntegrationTests.Invitations;

/// <summary>The family-name step says how many tries are left, and the last wrong one shows the locked page at once.</summary>
public sealed partial class FamilyNameTriesTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    [Fact]
    public async Task EachWrongName_SaysHowManyTriesAreLeft_AndTheLastShowsTheLockedPageWithTheWayToANewLink()
    {
        var invited = await portal.InvitedPatientAsync();
        var browser = portal.Browser();
        var page = await OpenAsync(browser, invited.LinkPath);
        Assert.DoesNotContain("tries-left", page.Html, StringComparison.Ordinal);

        var left = new List<string>();
        for (var guess = 0; guess < Invitation.MaxIdentityChecks - 1; guess++)
        {
            using var refused = await PostAsync(browser, page, "confirm-identity", new() { ["familyName"] = $"Wrongname{guess}" });
            left.Add(TriesLeft().Match(await refused.Content.ReadAsStringAsync()).Groups[1].Value);
        }

        using var last = await PostAsync(browser, page, "confirm-identity", new() { ["familyName"] = "Wrongname9" });
        var lockedNow = await last.Content.ReadAsStringAsync();

        Assert.Equal(["You can try 4 more times before this link locks.", "You can try 3 more times before this link locks.", "You can try 2 more times before this link locks.", "You can try once more before this link locks."], left);
        Assert.Equal(HttpStatusCode.BadRequest, last.StatusCode);
        Assert.Contains("This link is locked", lockedNow, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(InvitationPageService.IdentityFailedMessage), lockedNow, StringComparison.Ordinal);
        Assert.Contains("action=\"/patient-portal/invitation/new-link\"", lockedNow, StringComparison.Ordinal);
        Assert.DoesNotContain("Your family name", lockedNow, StringComparison.Ordinal);
    }

    [GeneratedRegex("<p class=\"notice\" id=\"tries-left\">([^<]*)</p>")]
    private static partial Regex TriesLeft();
}
