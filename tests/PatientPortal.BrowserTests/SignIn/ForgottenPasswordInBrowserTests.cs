using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Website.DemoData;

namespace PatientPortal.BrowserTests.SignIn;

/// <summary>Forgot password → reset email → new password → sign out → sign in with it, as the demo patient.</summary>
public sealed class ForgottenPasswordInBrowserTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    private const string NewPassword = "marram grass on the dunes at dawn";

    [Fact]
    public async Task Patient_ResetsAForgottenPassword_FromTheSignInPage_AndSignsInWithTheNewOne()
    {
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();
        static bool IsReset(ReceivedEmail mail) => mail.Subject.Contains("Reset your", StringComparison.Ordinal);
        var earlier = (await portal.Mail.EmailsToAsync(DemoAccounts.SoloEmail)).Count(IsReset);
        await page.GotoAsync("/patient-portal/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgotten your password?" }).ClickAsync();
        await page.GetByLabel("Email address or mobile number").FillAsync(DemoAccounts.SoloEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(DemoAccounts.SoloEmail)).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "forgot-password-check-your-email.png"), FullPage = true });

        var reset = await portal.Mail.WaitForNewEmailAsync(DemoAccounts.SoloEmail, IsReset, earlier);
        await page.GotoAsync(InvitationLink.Of(reset).AbsoluteUri);
        await page.GetByLabel("Your family name").FillAsync("Demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose your password" })).ToBeVisibleAsync();
        await page.GetByLabel("Password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, ") })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await page.GotoAsync("/patient-portal/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.SoloEmail);
        await page.GetByLabel("Password").FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The email address or password is not right.");
        await page.GetByLabel("Password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, ") })).ToBeVisibleAsync();
    }
}
