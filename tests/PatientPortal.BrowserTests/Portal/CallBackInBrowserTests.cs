using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Website.DemoData;

namespace PatientPortal.BrowserTests.Portal;

/// <summary>
/// The recall email's "Book online" leads to the booking page, which ends in a call-back request the practice gets
/// by email: sign in on the way, refused once, sent, back home, sign out, sign in again.
/// </summary>
public sealed partial class CallBackInBrowserTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    [Fact]
    public async Task DemoPatient_FollowsBookOnlineFromTheRecallEmail_AndAsksForACallBack_WhichReachesThePractice()
    {
        var recall = await portal.Mail.WaitForNewEmailAsync(DemoAccounts.SoloEmail, mail => mail.Subject.StartsWith("Time to book", StringComparison.Ordinal) && FromThisSite(mail), 0);
        bool IsRequest(ReceivedEmail mail) => mail.Subject.StartsWith("Call back request: Ms Olivia Demo", StringComparison.Ordinal) && FromThisSite(mail);
        var earlier = (await portal.Mail.EmailsToAsync(PatientPages.PracticeEmail)).Count(IsRequest);
        await using var context = await portal.Chromium.NewContextAsync(Axe.ContextOptions(portal.BaseUrl));
        var page = await context.NewPageAsync();

        await page.GotoAsync(BookOnline(recall).AbsoluteUri);
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.SoloEmail);
        await page.GetByLabel("Password").FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Book an appointment" })).ToBeVisibleAsync();
        var service = await page.GetByLabel("Service").Locator("option:checked").InnerTextAsync();
        Assert.NotEqual("Choose a service", service);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ask us to call you to book" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Phone number to call")).ToHaveValueAsync("07700 900101");
        await PatientPages.AssertContactsAndAccessibleAsync(page, "the booking page from a recall");

        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for a call back" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Choose when we may call you");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.GetByLabel("Phone number to call")).ToHaveValueAsync("07700 900101");
        await PatientPages.AssertContactsAndAccessibleAsync(page, "the call-back form refused");
        Assert.Equal(earlier, (await portal.Mail.EmailsToAsync(PatientPages.PracticeEmail)).Count(IsRequest));

        await page.GetByLabel("In the morning").CheckAsync();
        await page.GetByLabel("Anything we should know?").FillAsync("Not on Fridays, please.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for a call back" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We will call you back" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"has your request to book {service}");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("call you on 07700 900101 in the morning");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = PatientPages.PracticePhone })).ToBeVisibleAsync();
        await PatientPages.AssertContactsAndAccessibleAsync(page, "the call-back request sent");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "call-back-requested.png"), FullPage = true });

        var request = await portal.Mail.WaitForNewEmailAsync(PatientPages.PracticeEmail, IsRequest, earlier);
        Assert.Contains($"about {service}", request.Subject, StringComparison.Ordinal);
        Assert.Contains("07700 900101", request.Text, StringComparison.Ordinal);
        Assert.Contains("Not on Fridays, please.", request.Text, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to your portal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Ms Olivia Demo" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await page.GotoAsync("/patient-portal/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.SoloEmail);
        await page.GetByLabel("Password").FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Ms Olivia Demo" })).ToBeVisibleAsync();
    }

    /// <summary>Every demo site writes to the same demo addresses; this site's emails link to its own port.</summary>
    private bool FromThisSite(ReceivedEmail mail) => mail.Html?.Contains(portal.BaseUrl.AbsoluteUri, StringComparison.Ordinal) ?? false;

    private static Uri BookOnline(ReceivedEmail email)
    {
        var match = BookingLink().Match(email.Html ?? string.Empty);
        Assert.True(match.Success, "The recall email has no booking link.");
        return new Uri(WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    [GeneratedRegex("href=\"([^\"]*/patient-portal/book\\?service=[^\"]+)\"")]
    private static partial Regex BookingLink();
}
