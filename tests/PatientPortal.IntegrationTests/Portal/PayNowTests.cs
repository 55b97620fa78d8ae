using System.Net;
using PatientPortal.IntegrationTests.Payments;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal;

/// <summary>"Pay now" on the payment page: to Stripe Checkout and back, the page saying paid only once Stripe's notice is in.</summary>
public sealed class PayNowTests(StripePortalFactory portal) : IClassFixture<StripePortalFactory>
{
    [Fact]
    public async Task PayNow_StartsACheckoutForTheAmountDue_ThenTheReturnWaitsForTheNotice_AndThenSaysPaymentReceived()
    {
        var (email, patientId, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var browser = await portal.SignedInAsync(email);
        var path = $"/patient-portal/appointments/{appointmentId}/payment";
        var page = await HtmlForm.GetAsync(browser, path);

        using var pay = await page.PostAsync(browser, $"/patient-portal/appointments/{appointmentId}/pay", []);

        Assert.Contains("<button type=\"submit\">Pay £70.00 now</button>", WebUtility.HtmlDecode(page.Html), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, pay.StatusCode);
        var session = Assert.Single(portal.Stripe.Sessions, s => s.Fields["client_reference_id"] == appointmentId.ToString());
        Assert.Equal($"{portal.Stripe.Server.Url}/pay/{session.Id}", pay.Headers.Location?.AbsoluteUri);
        Assert.Equal($"Bearer {StripeServer.SecretKey}", session.Authorization);
        Assert.Equal("payment", session.Fields["mode"]);
        Assert.Equal("7000", session.Fields["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("gbp", session.Fields["line_items[0][price_data][currency]"]);
        Assert.Equal("1", session.Fields["line_items[0][quantity]"]);
        Assert.StartsWith("Video GP consultation, ", session.Fields["line_items[0][price_data][product_data][name]"], StringComparison.Ordinal);
        Assert.Equal(patientId.ToString(), session.Fields["metadata[patient_id]"]);
        Assert.Equal(email, session.Fields["customer_email"]);
        Assert.Equal($"http://localhost{path}?checkout=returned", session.SuccessUrl);
        Assert.Equal($"http://localhost{path}?checkout=cancelled", session.CancelUrl);

        var back = await PaymentScenario.PageAsync(browser, new Uri(session.SuccessUrl).PathAndQuery);
        Assert.Contains("We are confirming your payment.", back, StringComparison.Ordinal);
        Assert.Contains($"href=\"{path}?checkout=returned\">Refresh", back, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"payment-state\">Not paid yet</dd>", back, StringComparison.Ordinal);
        Assert.DoesNotContain("Payment received", back, StringComparison.Ordinal);
        Assert.False(await portal.IsPaidAsync(appointmentId));

        await portal.PaidAsync(session.Id, appointmentId);
        var paid = await PaymentScenario.PageAsync(browser, new Uri(session.SuccessUrl).PathAndQuery);

        Assert.Contains("Payment received.", paid, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"payment-state\">Paid</dd>", paid, StringComparison.Ordinal);
        Assert.DoesNotContain("Pay £70.00 now", paid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancelledCheckout_ReturnsToThePage_WithNothingChanged_AndPayNowStillThere()
    {
        var (email, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var browser = await portal.SignedInAsync(email);
        var page = await HtmlForm.GetAsync(browser, $"/patient-portal/appointments/{appointmentId}/payment");
        (await page.PostAsync(browser, $"/patient-portal/appointments/{appointmentId}/pay", [])).Dispose();
        var session = Assert.Single(portal.Stripe.Sessions, s => s.Fields["client_reference_id"] == appointmentId.ToString());

        var cancelled = await PaymentScenario.PageAsync(browser, new Uri(session.CancelUrl).PathAndQuery);

        Assert.Contains("You left the payment page, so nothing has been paid and nothing has changed.", cancelled, StringComparison.Ordinal);
        Assert.Contains("Pay £70.00 now", cancelled, StringComparison.Ordinal);
        Assert.False(await portal.IsPaidAsync(appointmentId));
        Assert.Empty(await portal.PaymentsForAsync(appointmentId));
    }

    [Fact]
    public async Task PayNow_WithoutTheFormsToken_IsRefused_AndStartsNoCheckout()
    {
        var (email, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var browser = await portal.SignedInAsync(email);

        using var response = await browser.PostAsync(new Uri($"/patient-portal/appointments/{appointmentId}/pay", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(portal.Stripe.Sessions, s => s.Fields["client_reference_id"] == appointmentId.ToString());
    }

    [Fact]
    public async Task PayNow_ForAnotherPatientsAppointment_IsNotFound_AndStartsNoCheckout()
    {
        var (_, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var (otherEmail, _, otherAppointment) = await portal.PatientWithPaymentDueAsync();
        var other = await portal.SignedInAsync(otherEmail);
        var page = await HtmlForm.GetAsync(other, $"/patient-portal/appointments/{otherAppointment}/payment");

        using var response = await page.PostAsync(other, $"/patient-portal/appointments/{appointmentId}/pay", []);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(portal.Stripe.Sessions, s => s.Fields["client_reference_id"] == appointmentId.ToString());
    }

    [Fact]
    public async Task PayNow_ForAnAppointmentAlreadyPaid_StartsNoCheckout_AndShowsThePage()
    {
        var (email, _, appointmentId) = await portal.PatientWithPaymentDueAsync();
        var browser = await portal.SignedInAsync(email);
        var page = await HtmlForm.GetAsync(browser, $"/patient-portal/appointments/{appointmentId}/payment");
        await portal.PaidAsync(StripeServer.NewSessionId(), appointmentId);

        using var response = await page.PostAsync(browser, $"/patient-portal/appointments/{appointmentId}/pay", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/patient-portal/appointments/{appointmentId}/payment", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain(portal.Stripe.Sessions, s => s.Fields["client_reference_id"] == appointmentId.ToString());
    }
}
