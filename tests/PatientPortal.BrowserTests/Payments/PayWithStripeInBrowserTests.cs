using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Payments;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Website.DemoData;

namespace PatientPortal.BrowserTests.Payments;

/// <summary>TRD104's journey ending well: sign in, pay on Stripe's page, back on the site, paid, sign out.</summary>
public sealed class PayWithStripeInBrowserTests(StripeBrowserPortalFactory portal) : IClassFixture<StripeBrowserPortalFactory>
{
    private static readonly System.Text.RegularExpressions.Regex PayNowName = new("^Pay £[0-9.]+ now$");

    [Fact]
    public async Task Patient_PaysTheirAppointmentOnStripesPage_ComesBack_AndSeesItPaidOnceStripeHasSaidSo()
    {
        // The journey runs under the site's own CSP (its form-action must let "Pay now" lead to Stripe's page);
        // axe-core needs a context that lets it add its script, so it reads the same pages in a second one.
        await using var context = await portal.Chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.BaseUrl.AbsoluteUri });
        await using var axeContext = await portal.Chromium.NewContextAsync(Axe.ContextOptions(portal.BaseUrl));
        var page = await context.NewPageAsync();
        var axePage = await axeContext.NewPageAsync();
        await SignInAsync(page);
        await SignInAsync(axePage);

        await page.GetByRole(AriaRole.Region, new() { Name = "Payment due" }).GetByRole(AriaRole.Link, new() { NameRegex = PayNowName }).ClickAsync();
        var payNow = page.GetByRole(AriaRole.Button, new() { NameRegex = PayNowName });
        await Assertions.Expect(payNow).ToBeVisibleAsync();
        var paymentPage = new Uri(page.Url).PathAndQuery;
        await axePage.GotoAsync(paymentPage);
        await Axe.AssertNoViolationsAsync(axePage, "the payment page with Pay now");

        await payNow.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Test payment page" })).ToBeVisibleAsync();
        Assert.StartsWith(portal.Stripe.Server.Url + "/pay/cs_test_", page.Url, StringComparison.Ordinal);
        var session = Assert.Single(portal.Stripe.Sessions);

        await page.GetByRole(AriaRole.Link, new() { Name = "Pay (test card)" }).ClickAsync();
        await Assertions.Expect(page.GetByText("We are confirming your payment.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#payment-state")).ToHaveTextAsync("Not paid yet");
        await axePage.GotoAsync(new Uri(page.Url).PathAndQuery);
        await Axe.AssertNoViolationsAsync(axePage, "the payment page waiting for Stripe's notice");

        await portal.PaidAsync(session.Id, Guid.Parse(session.Fields["client_reference_id"]), long.Parse(session.Fields["line_items[0][price_data][unit_amount]"], System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Link, new() { Name = "Refresh to see if your payment has been confirmed" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Payment received.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#payment-state")).ToHaveTextAsync("Paid");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "payment-received.png"), FullPage = true });
        await axePage.GotoAsync(paymentPage);
        await Axe.AssertNoViolationsAsync(axePage, "the payment page once paid");

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/patient-portal/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.SoloEmail);
        await page.GetByLabel("Password").FillAsync(DemoDataSeeder.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Welcome, ") })).ToBeVisibleAsync();
    }
}
