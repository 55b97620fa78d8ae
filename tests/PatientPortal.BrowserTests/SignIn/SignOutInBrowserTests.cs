using Microsoft.Playwright;
using PatientPortal.Website.DemoData;

namespace PatientPortal.BrowserTests.SignIn;

/// <summary>Sign in, act, sign out, sign in again: as the demo patients do it, in a real browser.</summary>
public sealed class SignOutInBrowserTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    [Theory]
    [InlineData(DemoAccounts.SoloEmail, null)]
    [InlineData(DemoAccounts.FamilyEmail, "Mrs Ngozi Okafor")]
    public async Task Patient_SignsOut_FromTheHeader_AndThePortalAsksForSignInAgain(string email, string? chosenPerson)
    {
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();
        await SignInAsync(page, email, chosenPerson);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, ") })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "signed-out.png"), FullPage = true });
        await page.GotoAsync("/patient-portal/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Contains("/patient-portal/sign-in", page.Url, StringComparison.Ordinal);

        // And back in: the sign-in form posted after signing out works too.
        await SignInAsync(page, email, chosenPerson);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, ") })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SignedInPatient_CanPostEveryPortalForm_OnTheWayBackToSignIn()
    {
        // Forms posted while signed in: signing in again on the sign-in page, then signing out everywhere.
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoAccounts.SoloEmail, null);
        await page.GotoAsync("/patient-portal/sign-in");
        await SignInAsync(page, DemoAccounts.SoloEmail, null, navigate: false);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, ") })).ToBeVisibleAsync();

        // "Sign out of all devices" sits on my details, beside the password.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Patient portal" }).GetByRole(AriaRole.Link, new() { Name = "My details" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out of all devices" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("every device")).ToBeVisibleAsync();
    }

    private static async Task SignInAsync(IPage page, string email, string? chosenPerson, bool navigate = true)
    {
        if (navigate)
        {
            await page.GotoAsync("/patient-portal/sign-in");
        }

        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        if (chosenPerson is not null)
        {
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new($"^{chosenPerson} \\(born ") }).ClickAsync();
        }
    }
}
