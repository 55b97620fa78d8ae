using System.Net;
using PatientPortal.IntegrationTests.Payments;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal;

/// <summary>The site with contact details and no payment provider.</summary>
public sealed class ContactDetailsPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:Practice:Name"] = "Riverside Private Clinic",
        ["PatientPortal:Practice:Contact:Phone"] = "020 7946 0321",
        ["PatientPortal:Practice:Contact:Email"] = "reception@riverside.example",
        ["PatientPortal:Practice:Contact:OpeningHours:0"] = "Monday to Friday, 8:00 to 18:30",
        ["PatientPortal:Passwords:HashIterations"] = "100000",
        ["PatientPortal:Passwords:SignInHashBudget"] = "1",
    };
}

/// <summary>No payment provider configured: no page offers to pay; each says how to pay the practice instead.</summary>
public sealed class PaymentWithoutProviderTests(ContactDetailsPortalFactory portal) : IClassFixture<ContactDetailsPortalFactory>
{
    [Fact]
    public async Task ThePaymentPage_SaysHowToPayThePractice_WithItsContactDetails_AndOffersNoPayNow()
    {
        var (email, _, appointmentId) = await portal.PatientWithPaymentDueAsync();

        var page = await PaymentScenario.PageAsync(await portal.SignedInAsync(email), $"/patient-portal/appointments/{appointmentId}/payment");

        Assert.Contains("You cannot pay online here", page, StringComparison.Ordinal);
        Assert.Contains("to pay £70.00 before", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"contact-to-pay\">How to pay Riverside Private Clinic</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Call <a href=\"tel:02079460321\">020 7946 0321</a></li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Email <a href=\"mailto:reception@riverside.example\">reception@riverside.example</a></li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Opening hours: Monday to Friday, 8:00 to 18:30", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Pay now", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/pay\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHomeAndPaymentsPages_LeadToHowToPay_NotToPayNow()
    {
        var (email, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var browser = await portal.SignedInAsync(email);

        var home = await PaymentScenario.PageAsync(browser, "/patient-portal");
        var payments = await PaymentScenario.PageAsync(browser, "/patient-portal/payments");

        Assert.Contains($"<a class=\"button\" href=\"/patient-portal/appointments/{appointmentId}/payment\">How to pay £70.00</a>", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/patient-portal/appointments/{appointmentId}/payment\">How to pay", payments, StringComparison.Ordinal);
        Assert.All(new[] { home, payments }, page => Assert.DoesNotContain("Pay now", page, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("Pay £70.00 now", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostingPayNow_TakesNoPayment_AndReturnsToThePage()
    {
        var (email, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var browser = await portal.SignedInAsync(email);
        var page = await HtmlForm.GetAsync(browser, $"/patient-portal/appointments/{appointmentId}/payment");

        using var response = await page.PostAsync(browser, $"/patient-portal/appointments/{appointmentId}/pay", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/patient-portal/appointments/{appointmentId}/payment", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ThePaymentInAdvanceEmail_LeadsToHowToPay_AndDoesNotSayPay()
    {
        var (email, _, appointmentId) = await portal.PatientWithPaymentDueAsync();

        await portal.AppointmentsChangedAsync(appointmentId);

        var received = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains($"/patient-portal/appointments/{appointmentId}/payment\">Sign in to see how to pay</a>", received.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("and pay", received.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StripesWebhook_IsNotThere()
    {
        var (_, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var payload = StripeServer.Event(StripeServer.NewSessionId(), appointmentId, 7000);

        using var response = await portal.PostNoticeAsync(payload, StripeServer.Sign(payload, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await portal.IsPaidAsync(appointmentId));
    }
}
