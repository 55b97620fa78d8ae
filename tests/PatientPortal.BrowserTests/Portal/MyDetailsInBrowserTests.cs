using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Website.DemoData;

namespace PatientPortal.BrowserTests.Portal;

/// <summary>
/// My details as the patient uses it: sign in, change the password or the email address, sign out, sign in again.
/// axe-core checks each page state on the way.
/// </summary>
public sealed partial class MyDetailsInBrowserTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    private const string NewPassword = "otters under the old stone bridge";

    [Fact]
    public async Task DemoPatient_ChangesTheirPassword_OnMyDetails_SignsOut_AndSignsInWithTheNewOne()
    {
        await using var context = await portal.Chromium.NewContextAsync(Axe.ContextOptions(portal.BaseUrl));
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.SoloEmail, DemoDataSeeder.DemoPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment due" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the home page with a payment due");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "portal-home-payment-due.png"), FullPage = true });
        foreach (var (link, heading) in new[] { ("Appointments", "Your appointments"), ("Payments", "Your payments") })
        {
            await Navigation(page).GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true })).ToBeVisibleAsync();
            await Axe.AssertNoViolationsAsync(page, $"the {link.ToLowerInvariant()} page");
        }

        await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "My details" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My details", Level = 1 })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "my details");

        await page.GetByLabel("Current password").FillAsync("not the password I signed in with");
        await page.GetByLabel("New password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your current password is not right.");
        await Assertions.Expect(page.GetByText("the password boxes are empty again")).ToBeVisibleAsync();
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page, "my details with a refused password");

        await page.GetByLabel("Current password").FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByLabel("New password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your password is changed.");
        await Axe.AssertNoViolationsAsync(page, "my details after the password changed");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "my-details-password-changed.png"), FullPage = true });

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await SignInAsync(page, DemoAccounts.SoloEmail, DemoDataSeeder.DemoPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email address or password is not right.");
        await SignInAsync(page, DemoAccounts.SoloEmail, NewPassword, navigate: false);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, Ms Olivia Demo") })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Patient_ChangesTheirEmail_ConfirmsItFromTheEmail_AndSignsInWithIt()
    {
        var email = Registration.UniqueEmail("browser-details");
        var newEmail = Registration.UniqueEmail("browser-moved");
        await portal.AddPatientAsync(await portal.CreateChargebandAsync($"My details {Guid.NewGuid():N}"), email, "+447911123456", password: NewPassword);
        await using var context = await portal.Chromium.NewContextAsync(Axe.ContextOptions(portal.BaseUrl));
        var page = await context.NewPageAsync();
        await SignInAsync(page, email, NewPassword);
        await Axe.AssertNoViolationsAsync(page, "the home page with nothing booked");
        await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "My details" }).ClickAsync();

        await page.GetByLabel("Email address").FillAsync(newEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact details" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"We have sent a link to {newEmail}.");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(email);
        await Axe.AssertNoViolationsAsync(page, "my details waiting for a new email to be confirmed");

        var link = LinkIn(Assert.Single(await portal.Mail.WaitForEmailsAsync(newEmail)));
        await page.GotoAsync(link.AbsoluteUri);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Confirm your new email address" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the email change confirmation page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use my new email address" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your email address is changed" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to my details" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(newEmail);

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInAsync(page, newEmail, NewPassword);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, ") })).ToBeVisibleAsync();
    }

    private static ILocator Navigation(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Patient portal" });

    private static async Task SignInAsync(IPage page, string email, string password, bool navigate = true)
    {
        if (navigate)
        {
            await page.GotoAsync("/patient-portal/sign-in");
        }

        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    private static Uri LinkIn(ReceivedEmail email)
    {
        var match = ChangeLink().Match(email.Html ?? string.Empty);
        Assert.True(match.Success, "The email has no confirmation link.");
        return new Uri(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    [GeneratedRegex("href=\"([^\"]*confirm-email-change\\?token=[^\"]+)\"")]
    private static partial Regex ChangeLink();
}
