using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Imports;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal;

/// <summary>The pages payment and recall links land on, with data brought in by the import API.</summary>
public sealed class PortalPagesTests(OnlinePaymentsPortalFactory portal) : IClassFixture<OnlinePaymentsPortalFactory>
{
    private const string Password = "lighthouse keeper of the northern isles";
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task PaymentPage_ShowsTheOwnerTheAppointmentAndTheAmountDue_ThenPaidOnceTheImportSaysSo()
    {
        var admin = await portal.AdminAsync();
        var (email, patientId) = await PatientWithAccountAsync();
        var service = await admin.ServiceAsync("Video GP consultation", 70m);
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.Date.AddDays(20).AddHours(9), TimeSpan.Zero);
        var appointment = ImportScenario.Unique("APT");
        object Row(bool paid) => new { externalId = appointment, patientId, serviceExternalId = service, start = start.ToString("O", CultureInfo.InvariantCulture), amount = 70m, videoConsultation = true, bookedOffline = true, paymentMandatory = true, paid };
        await admin.ImportAsync("appointments", new[] { Row(paid: false) });
        var id = await portal.QueryAsync(db => db.Appointments.Where(a => a.ExternalId == appointment).Select(a => a.Id).SingleAsync());
        var browser = await SignedInAsync(email);

        var due = await PageAsync(browser, $"/patient-portal/appointments/{id}/payment");
        await admin.ImportAsync("appointments", new[] { Row(paid: true) });
        var paid = await PageAsync(browser, $"/patient-portal/appointments/{id}/payment");

        Assert.Contains("Video GP consultation", due, StringComparison.Ordinal);
        Assert.Contains(TimeZoneInfo.ConvertTime(start, London).ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture), due, StringComparison.Ordinal);
        Assert.Contains("Video consultation", due, StringComparison.Ordinal);
        Assert.Contains("£70.00 to pay before your consultation", due, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"payment-state\">Not paid yet</dd>", due, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"payment-state\">Paid</dd>", paid, StringComparison.Ordinal);
        Assert.DoesNotContain("to pay before", paid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaymentPage_OfAnotherPatientsAppointment_IsNotFound()
    {
        var admin = await portal.AdminAsync();
        var (_, ownerId) = await PatientWithAccountAsync();
        var (otherEmail, _) = await PatientWithAccountAsync();
        var id = await AppointmentAsync(admin, ownerId);
        var other = await SignedInAsync(otherEmail);

        using var response = await other.GetAsync(new Uri($"/patient-portal/appointments/{id}/payment", UriKind.Relative));
        using var unknown = await other.GetAsync(new Uri($"/patient-portal/appointments/{Guid.NewGuid()}/payment", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("£", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task PaymentPage_WithoutSigningIn_GoesToSignIn_AndBackAfterwards()
    {
        var admin = await portal.AdminAsync();
        var (email, patientId) = await PatientWithAccountAsync();
        var id = await AppointmentAsync(admin, patientId);
        var browser = portal.Browser();
        var path = $"/patient-portal/appointments/{id}/payment";

        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
        using var signedIn = await PortalScenario.SignInAsync(browser, email, Password, path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The redirect is a path now (not built from the Host header): read it against the browser's address.
        var signInPage = new Uri(browser.BaseAddress!, response.Headers.Location!);
        Assert.Equal("/patient-portal/sign-in", signInPage.AbsolutePath);
        Assert.Contains(Uri.EscapeDataString(path), signInPage.Query, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(path, signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task HomePage_ListsUpcomingAppointments_WithPayNowWherePaymentIsDue()
    {
        var admin = await portal.AdminAsync();
        var (email, patientId) = await PatientWithAccountAsync();
        var id = await AppointmentAsync(admin, patientId);

        var home = await PageAsync(await SignedInAsync(email), "/patient-portal");

        Assert.Contains($"href=\"/patient-portal/appointments/{id}/payment\">Pay now", home, StringComparison.Ordinal);
        Assert.Contains("£70.00 to pay before your consultation", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/patient-portal/book\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookingPage_PreSelectsTheServiceOfTheLink_AndShowsItsDetails()
    {
        var admin = await portal.AdminAsync();
        var (email, _) = await PatientWithAccountAsync();
        var physio = await ServiceIdAsync(await admin.ServiceAsync("Physiotherapy assessment", 95m, durationMinutes: 45));
        var browser = await SignedInAsync(email);

        var page = await PageAsync(browser, $"/patient-portal/book?service={physio}");

        Assert.Contains($"<option value=\"{physio}\" selected=\"selected\">Physiotherapy assessment</option>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Duration</dt><dd>45 minutes</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Price</dt><dd>£95.00</dd>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("not-bookable")]
    [InlineData("not-a-guid")]
    public async Task BookingPage_WithAServiceThatCannotBeBooked_ShowsTheFormWithNothingSelected(string which)
    {
        var admin = await portal.AdminAsync();
        var (email, _) = await PatientWithAccountAsync();
        await admin.ServiceAsync("Bookable service");
        var service = which switch
        {
            "unknown" => Guid.NewGuid().ToString(),
            "not-bookable" => (await ServiceIdAsync(await admin.ServiceAsync("Blood test", 40m, bookableOnline: false))).ToString(),
            _ => which,
        };

        var page = await PageAsync(await SignedInAsync(email), $"/patient-portal/book?service={service}");

        Assert.Contains("<select id=\"service\" name=\"service\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("selected=\"selected\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Blood test", page, StringComparison.Ordinal);
    }

    private async Task<(string Email, Guid Id)> PatientWithAccountAsync()
    {
        var email = $"portal.{Guid.NewGuid():N}@example.org";
        return (email, await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: Password));
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var browser = portal.Browser();
        using var response = await PortalScenario.SignInAsync(browser, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private async Task<Guid> AppointmentAsync(HttpClient admin, Guid patientId)
    {
        var service = await admin.ServiceAsync();
        var externalId = ImportScenario.Unique("APT");
        var start = DateTimeOffset.UtcNow.AddDays(10).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
        await admin.ImportAsync("appointments", new[] { new { externalId, patientId, serviceExternalId = service, start, amount = 70m, videoConsultation = true, bookedOffline = true, paymentMandatory = true } });
        return await portal.QueryAsync(db => db.Appointments.Where(a => a.ExternalId == externalId).Select(a => a.Id).SingleAsync());
    }

    private Task<Guid> ServiceIdAsync(string externalId) =>
        portal.QueryAsync(db => db.Services.Where(service => service.ExternalId == externalId).Select(service => service.Id).SingleAsync());

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Razor writes £ as &#xA3;; compare with the text a browser shows.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
