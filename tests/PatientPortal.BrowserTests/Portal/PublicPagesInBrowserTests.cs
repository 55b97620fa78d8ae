using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Website.DemoData;

namespace PatientPortal.BrowserTests.Portal;

/// <summary>
/// Every public patient page state the suite reaches (signed out, signing up, invited, signed in, refused, not found):
/// each shows the practice's phone and email in its footer, and axe-core finds no violation. The site takes payments
/// (Stripe's test double), so the payment links read "Pay … now".
/// </summary>
public sealed class PublicPagesInBrowserTests(StripeBrowserPortalFactory portal) : IClassFixture<StripeBrowserPortalFactory>
{
    private const string Password = "kingfisher over the mill race";

    [Fact]
    public async Task AnUnknownPortalAddress_ShowsThePageNotFoundPage_WithAWayBackToThePortal()
    {
        await using var context = await portal.Chromium.NewContextAsync(Axe.ContextOptions(portal.BaseUrl));
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/patient-portal/appointmentz/next");

        Assert.Equal(404, response!.Status);
        Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        Assert.Equal("Page not found – Patient portal", await page.TitleAsync());
        await PatientPages.AssertContactsAndAccessibleAsync(page, "the page-not-found page");
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to your portal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EveryPublicPageState_ShowsThePracticesContacts_AndHasNoAccessibilityViolations()
    {
        await using var context = await portal.Chromium.NewContextAsync(Axe.ContextOptions(portal.BaseUrl));
        var page = await context.NewPageAsync();
        var visited = new List<string>();
        async Task CheckAsync(string state)
        {
            await PatientPages.AssertContactsAndAccessibleAsync(page, state);
            visited.Add(state);
        }

        async Task ClickAsync(string button) => await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

        // Signed out.
        await page.GotoAsync("/patient-portal/sign-in");
        await CheckAsync("sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.SoloEmail);
        await page.GetByLabel("Password").FillAsync("not the demo password at all");
        await ClickAsync("Sign in");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await CheckAsync("sign-in refused");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgotten your password?" }).ClickAsync();
        await CheckAsync("forgotten password");
        await page.GetByLabel("Email address or mobile number").FillAsync(Registration.UniqueEmail("nobody"));
        await ClickAsync("Send me a link");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await CheckAsync("forgotten password: check your email");
        await page.GotoAsync("/patient-portal/invitation?token=not-a-real-token");
        await CheckAsync("an invitation link that is not valid");
        await page.GotoAsync("/patient-portal/no-such-page");
        await CheckAsync("page not found");

        // Signing up.
        var email = Registration.UniqueEmail("pages");
        await page.GotoAsync("/patient-portal/sign-up");
        await CheckAsync("invite code");
        await ClickAsync("Continue");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await CheckAsync("invite code left empty");
        await page.GetByLabel("Invite code").FillAsync("NotOurCode42");
        await ClickAsync("Continue");
        await CheckAsync("invite code wrong");
        await page.GetByLabel("Invite code").FillAsync("Welcome123");
        await ClickAsync("Continue");
        await CheckAsync("registration form");
        await ClickAsync("Create my account");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await CheckAsync("registration refused");
        await page.GetByLabel("Given name").FillAsync("Niamh");
        await page.GetByLabel("Family name").FillAsync("Pages");
        await page.GetByLabel("Day").FillAsync("2");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("1990");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Mobile number").FillAsync(Registration.UniqueMobile());
        await page.GetByLabel("Create a password").FillAsync(Password);
        await page.GetByLabel("I have read and accept").CheckAsync();
        await ClickAsync("Create my account");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await CheckAsync("sign-up: check your email");
        await page.GotoAsync(PortalScenario.ConfirmationLink(Assert.Single(await portal.Mail.WaitForEmailsAsync(email))).AbsoluteUri);
        await CheckAsync("confirm your email");
        await ClickAsync("Confirm my email address");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account is ready" })).ToBeVisibleAsync();
        await CheckAsync("account ready");

        // Invited: the family-name step, refused and with tries left, the password, the privacy policy.
        var invited = Registration.UniqueEmail("pages-invited");
        var selfPay = await portal.QueryAsync(db => db.Chargebands.Where(c => c.Name == "Self-pay").Select(c => c.Id).FirstAsync());
        await portal.InviteAsync(await portal.AddPatientAsync(selfPay, invited, familyName: "Pages"));
        await page.GotoAsync(InvitationLink.Of(Assert.Single(await portal.Mail.WaitForEmailsAsync(invited))).AbsoluteUri);
        await CheckAsync("confirm it is you");
        await page.GetByLabel("Your family name").FillAsync("Walsh");
        await ClickAsync("Continue");
        await Assertions.Expect(page.Locator("#tries-left")).ToBeVisibleAsync();
        await CheckAsync("family name refused, tries left");
        await page.GetByLabel("Your family name").FillAsync("pages");
        await ClickAsync("Continue");
        await page.GetByLabel("Password").FillAsync("short");
        await ClickAsync("Continue");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await CheckAsync("invitation password refused");
        await page.GetByLabel("Password").FillAsync(Password);
        await ClickAsync("Continue");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Our privacy policy" })).ToBeVisibleAsync();
        await CheckAsync("privacy policy");
        await page.GetByLabel("I have read and accept").CheckAsync();
        await ClickAsync("Finish and sign in");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, ") })).ToBeVisibleAsync();
        await CheckAsync("home with nothing booked");
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await CheckAsync("signed out");

        // Signed in as the demo patient: every page of the navigation, a payment, booking and a call back.
        await page.GotoAsync("/patient-portal/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.SoloEmail);
        await page.GetByLabel("Password").FillAsync(DemoDataSeeder.DemoPassword);
        await ClickAsync("Sign in");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment due" })).ToBeVisibleAsync();
        await CheckAsync("home with a payment due");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Pay .* now$") }).ClickAsync();
        await CheckAsync("an appointment's payment page");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Patient portal" });
        foreach (var link in new[] { "Appointments", "Payments", "My details" })
        {
            await navigation.GetByRole(AriaRole.Link, new() { Name = link }).ClickAsync();
            await CheckAsync(link.ToLowerInvariant());
        }

        await page.GetByLabel("Mobile number").FillAsync("not a number");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save contact details" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await CheckAsync("my details refused");
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Book an appointment" }).ClickAsync();
        await CheckAsync("booking search");
        await page.GetByLabel("Service").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await ClickAsync("Show service");
        await CheckAsync("booking search with a service");
        await page.GetByLabel("Phone number to call").FillAsync(string.Empty);
        await ClickAsync("Ask for a call back");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await CheckAsync("call-back request refused");
        await page.GetByLabel("In the afternoon").CheckAsync();
        await page.GetByLabel("Phone number to call").FillAsync(PatientPages.PracticePhone.Replace("0000", "0111", StringComparison.Ordinal));
        await ClickAsync("Ask for a call back");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We will call you back" })).ToBeVisibleAsync();
        await CheckAsync("call-back request sent");
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // A shared family email asks which person it is.
        await page.GotoAsync("/patient-portal/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.FamilyEmail);
        await page.GetByLabel("Password").FillAsync(DemoDataSeeder.DemoPassword);
        await ClickAsync("Sign in");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Mrs Ngozi Okafor \\(born ") })).ToBeVisibleAsync();
        await CheckAsync("which person are you?");

        Assert.Equal(visited.Count, visited.Distinct().Count());
        Assert.True(visited.Count >= 30, $"Only {visited.Count} page states were visited.");
    }
}
