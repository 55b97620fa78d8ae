using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PatientPortal.Core.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Invitations;

/// <summary>
/// A patient the practice invites, in a real browser: email link, family name, password, privacy policy, home; and
/// the family-name step's count of tries left, down to the locked page.
/// </summary>
public sealed class InvitationInBrowserTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    [Fact]
    public async Task InvitedPatient_FollowsTheEmailLink_ConfirmsTheirFamilyName_AndLandsSignedInAtHome()
    {
        var email = Registration.UniqueEmail("invited");
        var selfPay = await portal.QueryAsync(db => db.Chargebands.Where(c => c.Name == "Self-pay").Select(c => c.Id).FirstAsync());
        var patientId = await portal.AddPatientAsync(selfPay, email, familyName: "Ní Bhriain");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var invited = await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(patientId, "admin", CancellationToken.None);
            Assert.Equal(InviteOutcome.Invited, invited.Value!.Outcome);
        }

        var link = InvitationLink.Of(Assert.Single(await portal.Mail.WaitForEmailsAsync(email)));
        Assert.StartsWith(portal.BaseUrl.AbsoluteUri, link.AbsoluteUri, StringComparison.Ordinal);
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();

        await page.GotoAsync(link.AbsoluteUri);
        Assert.EndsWith("/patient-portal/invitation", page.Url, StringComparison.Ordinal); // the token left the address bar
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm it is you" })).ToBeVisibleAsync();
        await page.GetByLabel("Your family name").FillAsync("Walsh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("We could not confirm your details");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "invitation-identity-error.png"), FullPage = true });

        // Typed without the accent, the space or the capitals: still the same family name.
        await page.GetByLabel("Your family name").FillAsync("ni bhriain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose your password" })).ToBeVisibleAsync();
        await page.GetByLabel("Password").FillAsync("heron lantern pebble orchard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our privacy policy" })).ToBeVisibleAsync();
        await page.GetByLabel("I have read and accept").CheckAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "invitation-privacy.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Finish and sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Mary Ní Bhriain" })).ToBeVisibleAsync();
        Assert.EndsWith("/patient-portal", page.Url, StringComparison.Ordinal);

        // The link worked once: opening it again leads to sign-in, not to a second account.
        await using var again = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var second = await again.NewPageAsync();
        await second.GotoAsync(link.AbsoluteUri);
        Assert.Contains("/patient-portal/sign-in", second.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachWrongFamilyName_SaysHowManyTriesAreLeft_AndTheLastShowsTheLockedPageAtOnce()
    {
        var email = Registration.UniqueEmail("tries");
        var selfPay = await portal.QueryAsync(db => db.Chargebands.Where(c => c.Name == "Self-pay").Select(c => c.Id).FirstAsync());
        await portal.InviteAsync(await portal.AddPatientAsync(selfPay, email, familyName: "Ní Bhriain"));
        var link = InvitationLink.Of(Assert.Single(await portal.Mail.WaitForEmailsAsync(email)));
        await using var context = await portal.Chromium.NewContextAsync(Axe.ContextOptions(portal.BaseUrl));
        var page = await context.NewPageAsync();
        await page.GotoAsync(link.AbsoluteUri);
        await Assertions.Expect(page.GetByText("before this link locks")).ToHaveCountAsync(0);

        foreach (var left in new[] { "You can try 4 more times before this link locks.", "You can try 3 more times before this link locks.", "You can try 2 more times before this link locks.", "You can try once more before this link locks." })
        {
            await page.GetByLabel("Your family name").FillAsync("Walsh");
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("We could not confirm your details");
            await Assertions.Expect(page.Locator("#tries-left")).ToHaveTextAsync(left);
        }

        await PatientPages.AssertContactsAndAccessibleAsync(page, "the family-name step with one try left");
        await page.GetByLabel("Your family name").FillAsync("Walsh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This link is locked" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send me a new link" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Your family name")).ToHaveCountAsync(0);
        await PatientPages.AssertContactsAndAccessibleAsync(page, "the locked link");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "invitation-locked.png"), FullPage = true });

        // Locked for good: the right name, from the link again, no longer gets in.
        await page.GotoAsync(link.AbsoluteUri);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This link is locked" })).ToBeVisibleAsync();
    }
}
