using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.SignUp;

/// <summary>The newcomer's walk-through, in a real browser: seeded code, registration, email link, sign-in, my details, sign out and back.</summary>
public sealed class SignUpInBrowserTests(BrowserPortalFactory portal) : IClassFixture<BrowserPortalFactory>
{
    [Fact]
    public async Task Patient_SignsUpWithTheSeededCode_ConfirmsFromTheEmail_SignsIn_OpensMyDetails_SignsOut_AndSignsInAgain()
    {
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();
        var email = Registration.UniqueEmail("browser");

        await page.GotoAsync("/patient-portal/sign-up");
        await page.GetByLabel("Invite code").FillAsync("welcome123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("Title").SelectOptionAsync("Dr");
        await page.GetByLabel("Given name").FillAsync("Saoirse");
        await page.GetByLabel("Family name").FillAsync("Ó Briain");
        var dateOfBirth = page.GetByRole(AriaRole.Group, new() { Name = "Date of birth" });
        await dateOfBirth.GetByLabel("Day").FillAsync("5");
        await dateOfBirth.GetByLabel("Month").FillAsync("11");
        await dateOfBirth.GetByLabel("Year").FillAsync("1991");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Mobile number").FillAsync(Registration.UniqueMobile());
        await page.GetByLabel("Create a password").FillAsync("a long and memorable browser passphrase");
        await page.GetByLabel("I have read and accept").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "sign-up-check-your-email.png"), FullPage = true });

        var mail = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        var link = PortalScenario.ConfirmationLink(mail);
        Assert.StartsWith(portal.BaseUrl.AbsoluteUri, link.AbsoluteUri, StringComparison.Ordinal);
        await page.GotoAsync(link.AbsoluteUri);
        Assert.EndsWith("/patient-portal/confirm-email", page.Url, StringComparison.Ordinal); // the token left the address bar
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account is ready" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("a long and memorable browser passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Dr Saoirse Ó Briain" })).ToBeVisibleAsync();
        // How the demo's self-pay patients pay, in their words; the chargeband's own name is the practice's.
        await Assertions.Expect(page.GetByText("You pay for your own care, at the practice's standard prices.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Self-pay")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "portal-home.png"), FullPage = true });

        // On to my details, out, and back in: the whole first visit.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Patient portal" }).GetByRole(AriaRole.Link, new() { Name = "My details" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My details", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(email);
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await page.GotoAsync("/patient-portal/my-details");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("a long and memorable browser passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My details", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task RegistrationErrors_AreListed_AndLinkedToTheirFields()
    {
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/patient-portal/sign-up");
        await page.GetByLabel("Invite code").FillAsync("Welcome123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("Given name").FillAsync("Tom");
        await page.GetByLabel("Family name").FillAsync("Walsh");
        await page.GetByLabel("Day").FillAsync("31");
        await page.GetByLabel("Month").FillAsync("2");
        await page.GetByLabel("Year").FillAsync("1980");
        await page.GetByLabel("Email address").FillAsync("tom@");
        await page.GetByLabel("Create a password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
        await Assertions.Expect(summary).ToContainTextAsync("Enter an email address in the form name@example.com.");
        await Assertions.Expect(summary).ToContainTextAsync("Your password needs at least 15 characters.");
        await Assertions.Expect(summary).ToContainTextAsync("Enter your date of birth as a real date");
        await Assertions.Expect(page.GetByLabel("Day")).ToHaveValueAsync("31");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Given name")).ToHaveValueAsync("Tom");
        await Assertions.Expect(page.GetByLabel("Create a password")).ToHaveValueAsync(string.Empty);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "sign-up-errors.png"), FullPage = true });
    }

}
