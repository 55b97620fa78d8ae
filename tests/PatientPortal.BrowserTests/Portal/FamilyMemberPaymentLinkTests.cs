using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Payments;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Portal;

/// <summary>
/// A family member's payment-in-advance email (TRD104), opened by the primary account holder who manages them:
/// signed out → sign in with the holder's account → the member's payment page → home with the member's items →
/// sign out. axe-core checks each page state on the way. The site takes payments (Stripe's test double), so the
/// email says to sign in and pay.
/// </summary>
public sealed partial class FamilyMemberPaymentLinkTests(StripeBrowserPortalFactory portal) : IClassFixture<StripeBrowserPortalFactory>
{
    private const string Password = "a kettle of hawks above the moor";

    [Fact]
    public async Task TheHolder_OpensTheMembersPaymentLinkSignedOut_SignsIn_LandsOnTheMembersPaymentPage_SeesThemAtHome_AndSignsOut()
    {
        // A family sharing one address, as families often do: the holder signs in with it; the member has no password.
        var email = Registration.UniqueEmail("browser-family");
        var chargeband = await portal.CreateChargebandAsync($"Family {Guid.NewGuid():N}");
        var holderId = await portal.AddPatientAsync(chargeband, email, familyName: "Okafor", password: Password, givenName: "Ada");
        var memberId = await portal.AddPatientAsync(chargeband, email, familyName: "Okafor", primaryAccountHolderId: holderId, givenName: "Tom");
        var appointmentId = await portal.AppointmentAsync(memberId, await portal.ServiceAsync("Child video consultation"));
        await portal.AppointmentsChangedAsync(appointmentId);

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains("sign in with Ada's account to pay for Tom Okafor", System.Net.WebUtility.HtmlDecode(received.Html), StringComparison.Ordinal);
        var link = PaymentLink().Match(received.Html ?? string.Empty);
        Assert.True(link.Success, "The email has no link to the payment page.");
        var paymentPath = new Uri(System.Net.WebUtility.HtmlDecode(link.Groups[1].Value)).PathAndQuery;
        Assert.Equal($"/patient-portal/appointments/{appointmentId}/payment", paymentPath);

        await using var context = await portal.Chromium.NewContextAsync(Axe.ContextOptions(portal.BaseUrl));
        var page = await context.NewPageAsync();
        await page.GotoAsync(paymentPath);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to the patient portal" })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "sign-in on the way to a family member's payment page");

        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tom Okafor's appointment", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal(paymentPath, new Uri(page.Url).PathAndQuery);
        await Assertions.Expect(page.Locator("#appointment-for")).ToContainTextAsync("You manage Tom Okafor's patient portal");
        await Assertions.Expect(page.GetByText("£70.00 to pay before Tom Okafor's consultation")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "a family member's payment page, for the holder");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "family-member-payment.png"), FullPage = true });

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Patient portal" }).GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, Ada Okafor") })).ToBeVisibleAsync();
        var card = page.Locator("section[aria-labelledby=payment-due]");
        await Assertions.Expect(card).ToContainTextAsync("to pay before Tom Okafor's Child video consultation");
        await Assertions.Expect(page.GetByText("For Tom Okafor").First).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, "the holder's home with a family member's payment due");

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await page.GotoAsync(paymentPath);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to the patient portal" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Tom Okafor")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheHolder_PaysTheMembersAppointmentOnStripesPage_ComesBack_AndSeesItPaidOnceStripeHasSaidSo()
    {
        var email = Registration.UniqueEmail("browser-family-pays");
        var chargeband = await portal.CreateChargebandAsync($"Family {Guid.NewGuid():N}");
        var holderId = await portal.AddPatientAsync(chargeband, email, familyName: "Okafor", password: Password, givenName: "Ada");
        var memberId = await portal.AddPatientAsync(chargeband, email, familyName: "Okafor", primaryAccountHolderId: holderId, givenName: "Tom");
        var appointmentId = await portal.AppointmentAsync(memberId, await portal.ServiceAsync("Child video consultation"));
        var paymentPath = $"/patient-portal/appointments/{appointmentId}/payment";

        // Under the site's own CSP: its form-action must let "Pay now" lead to Stripe's page.
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync(paymentPath);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tom Okafor's appointment", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#appointment-for")).ToContainTextAsync("you can pay for it here");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pay £70.00 now" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test payment page" })).ToBeVisibleAsync();
        var session = Assert.Single(portal.Stripe.Sessions, session => session.Fields["client_reference_id"] == appointmentId.ToString());
        Assert.Equal(email, session.Fields["customer_email"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "Pay (test card)" }).ClickAsync();
        await Assertions.Expect(page.GetByText("We are confirming your payment.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#payment-state")).ToHaveTextAsync("Not paid yet");

        await portal.PaidAsync(session.Id, appointmentId);
        await page.GetByRole(AriaRole.Link, new() { Name = "Refresh to see if your payment has been confirmed" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tom Okafor's appointment", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Payment received.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#payment-state")).ToHaveTextAsync("Paid");
        Assert.True(await portal.IsPaidAsync(appointmentId));
    }

    [GeneratedRegex("href=\"([^\"]*/patient-portal/appointments/[^\"]+/payment)\"")]
    private static partial Regex PaymentLink();
}
