using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Payments;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Payments;

/// <summary>Stripe's notices posted to the site as Stripe posts them, and what they left in the database.</summary>
public static class PaymentScenario
{
    public const string WebhookPath = "/patient-portal/api/payments/stripe";

    public const string Password = "lighthouse keeper of the northern isles";

    public static async Task<HttpResponseMessage> PostNoticeAsync(this PortalFactory portal, string payload, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WebhookPath, UriKind.Relative))
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        }

        // Anonymous, no cookies and no antiforgery token: as Stripe calls.
        return await portal.CreateClient().SendAsync(request);
    }

    /// <summary>A signed <c>checkout.session.completed</c> for the session, of <paramref name="pence"/>; answered 200.</summary>
    public static async Task PaidAsync(this PortalFactory portal, string sessionId, Guid appointmentId, long pence = 7000)
    {
        var payload = StripeServer.Event(sessionId, appointmentId, pence);
        using var response = await portal.PostNoticeAsync(payload, StripeServer.Sign(payload, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static Task<List<Payment>> PaymentsForAsync(this PortalFactory portal, Guid appointmentId) =>
        portal.QueryAsync(db => db.Payments.AsNoTracking().Where(payment => payment.AppointmentId == appointmentId).ToListAsync());

    public static Task<bool> IsPaidAsync(this PortalFactory portal, Guid appointmentId) =>
        portal.QueryAsync(db => db.Appointments.Where(appointment => appointment.Id == appointmentId).Select(appointment => appointment.Paid).SingleAsync());

    /// <summary>A patient who can sign in, with a video consultation of £70 to pay in advance.</summary>
    public static async Task<(string Email, Guid PatientId, Guid AppointmentId)> PatientWithPaymentDueAsync(this PortalFactory portal)
    {
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: Password);
        var appointmentId = await portal.AppointmentAsync(patientId, await portal.ServiceAsync());
        return (email, patientId, appointmentId);
    }

    public static async Task<HttpClient> SignedInAsync(this PortalFactory portal, string email)
    {
        var browser = portal.Browser();
        using var response = await PortalScenario.SignInAsync(browser, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public static async Task<string> PageAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Razor writes £ as &#xA3;; compare with the text a browser shows.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
