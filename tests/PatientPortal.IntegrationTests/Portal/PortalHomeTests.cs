using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Imports;
using PatientPortal.IntegrationTests.Portal.MyDetails;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal;

/// <summary>The signed-in pages: navigation on each, the home page's payment-due card, the appointments and payments lists.</summary>
public sealed class PortalHomeTests(LightHashingOnlinePaymentsPortalFactory portal) : IClassFixture<LightHashingOnlinePaymentsPortalFactory>
{
    private static readonly string[] Pages = ["/patient-portal", "/patient-portal/appointments", "/patient-portal/payments", "/patient-portal/my-details"];

    [Fact]
    public async Task EverySignedInPage_HasTheNavigation_WithItsOwnLinkMarkedCurrent_AndSignOutInTheHeader()
    {
        var (email, _) = await portal.PatientAsync();
        var browser = await portal.SignedInAsync(email);

        foreach (var path in Pages.Append("/patient-portal/book"))
        {
            var page = await PageAsync(browser, path);
            var navigation = Regex.Match(page, "<nav class=\"portal\" aria-label=\"Patient portal\">(.*?)</nav>", RegexOptions.Singleline);

            Assert.True(navigation.Success, $"{path} has no navigation");
            Assert.Equal(["Home", "Appointments", "Payments", "My details"], Regex.Matches(navigation.Value, ">([^<>]+)</a>").Select(match => match.Groups[1].Value));
            Assert.Equal(Pages.Contains(path) ? [path] : [], Regex.Matches(navigation.Value, "href=\"([^\"]+)\" aria-current=\"page\"").Select(match => match.Groups[1].Value));
            Assert.Matches("<header>.*<button type=\"submit\" class=\"link\">Sign out</button>.*</header>", page.ReplaceLineEndings(" "));
        }
    }

    [Fact]
    public async Task ThePublicPages_HaveNoPortalNavigation_WhenNobodyIsSignedIn()
    {
        var page = await PageAsync(portal.Browser(), "/patient-portal/sign-in");

        Assert.DoesNotContain("aria-label=\"Patient portal\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_WithPaymentsDue_LeadsWithTheSoonestAndItsPayButton_AndUsesNoInternalWords()
    {
        var admin = await portal.AdminAsync();
        var (email, id) = await portal.PatientAsync();
        var soonest = await AppointmentAsync(admin, id, days: 5, amount: 70m);
        await AppointmentAsync(admin, id, days: 12, amount: 45m);

        var home = await PageAsync(await portal.SignedInAsync(email), "/patient-portal");
        var card = Regex.Match(home, "<section class=\"notice\" aria-labelledby=\"payment-due\">(.*?)</section>", RegexOptions.Singleline).Value;

        Assert.Contains("<h2 id=\"payment-due\">Payment due</h2>", card, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"button\" href=\"/patient-portal/appointments/{soonest}/payment\">Pay £70.00 now</a>", card, StringComparison.Ordinal);
        Assert.Contains("You have 1 more to pay: see <a href=\"/patient-portal/payments\">your payments</a>.", card, StringComparison.Ordinal);
        Assert.True(home.IndexOf("payment-due", StringComparison.Ordinal) < home.IndexOf("Your next appointments", StringComparison.Ordinal));
        // The chargeband's name ("Self-pay …") is the practice's label, not the patient's: it is not shown at all.
        Assert.DoesNotMatch("Self-pay [0-9a-f]{32}", home);
        Assert.DoesNotContain("Chargeband", home, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Online messaging", home, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Home_WithNothingDue_HasNoPaymentCard()
    {
        var admin = await portal.AdminAsync();
        var (email, id) = await portal.PatientAsync();
        await AppointmentAsync(admin, id, days: 5, amount: 70m, paid: true);

        var home = await PageAsync(await portal.SignedInAsync(email), "/patient-portal");

        Assert.DoesNotContain("payment-due", home, StringComparison.Ordinal);
        Assert.Contains("Paid (£70.00).", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaymentsPage_ListsWhatIsDue_AndWhatIsPaid_AndAppointmentsPage_ListsThemAll()
    {
        var admin = await portal.AdminAsync();
        var (email, id) = await portal.PatientAsync();
        var due = await AppointmentAsync(admin, id, days: 3, amount: 70m);
        var paid = await AppointmentAsync(admin, id, days: 4, amount: 55m, paid: true);
        var others = new List<Guid>();
        for (var day = 20; day < 23; day++)
        {
            others.Add(await AppointmentAsync(admin, id, days: day, amount: 0m));
        }

        var browser = await portal.SignedInAsync(email);
        var payments = await PageAsync(browser, "/patient-portal/payments");
        var appointments = await PageAsync(browser, "/patient-portal/appointments");
        var home = await PageAsync(browser, "/patient-portal");

        var toPay = payments[payments.IndexOf("<h2>To pay</h2>", StringComparison.Ordinal)..payments.IndexOf("<h2>Paid</h2>", StringComparison.Ordinal)];
        Assert.Contains($"href=\"/patient-portal/appointments/{due}/payment\">Pay now", toPay, StringComparison.Ordinal);
        Assert.DoesNotContain(paid.ToString(), toPay, StringComparison.Ordinal);
        Assert.Contains($"Paid (£55.00).", payments[payments.IndexOf("<h2>Paid</h2>", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.All(others.Append(due).Append(paid), appointment => Assert.Contains($"/patient-portal/appointments/{appointment}/payment", appointments, StringComparison.Ordinal));
        Assert.DoesNotContain($"/patient-portal/appointments/{others[^1]}/payment", home, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/patient-portal/appointments\">See all your appointments</a>", home, StringComparison.Ordinal);
    }

    private async Task<Guid> AppointmentAsync(HttpClient admin, Guid patientId, int days, decimal amount, bool paid = false)
    {
        var service = await admin.ServiceAsync();
        var externalId = ImportScenario.Unique("APT");
        var start = DateTimeOffset.UtcNow.Date.AddDays(days).AddHours(10).ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
        await admin.ImportAsync("appointments", new[] { new { externalId, patientId, serviceExternalId = service, start, amount, videoConsultation = true, bookedOffline = true, paymentMandatory = amount > 0, paid } });
        return await portal.QueryAsync(db => db.Appointments.Where(a => a.ExternalId == externalId).Select(a => a.Id).SingleAsync());
    }

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
