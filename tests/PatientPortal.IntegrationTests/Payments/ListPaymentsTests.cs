using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Payments;

/// <summary>The payments list of the management API, which the practice-management system reconciles from.</summary>
public sealed class ListPaymentsTests(StripePortalFactory portal) : IClassFixture<StripePortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal/payments";

    [Fact]
    public async Task Payments_AreListedOldestFirst_WithWhatReconcilingNeeds_FilteredByAppointmentAndSince_AndPaged()
    {
        var admin = await portal.AdminAsync();
        var (_, patientId, first) = await portal.PatientWithPaymentDueAsync();
        var (_, _, second) = await portal.PatientWithPaymentDueAsync();
        var firstSession = StripeServer.NewSessionId();
        await portal.PaidAsync(firstSession, first);
        var between = DateTimeOffset.UtcNow;
        await portal.PaidAsync(StripeServer.NewSessionId(), second, pence: 500);

        var ofFirst = await admin.GetFromJsonAsync<JsonElement>($"{Api}?appointmentId={first}");
        var since = await admin.GetFromJsonAsync<JsonElement>($"{Api}?since={Uri.EscapeDataString(between.ToString("O"))}");
        var page = await admin.GetFromJsonAsync<JsonElement>($"{Api}?take=1&skip=1");

        var payment = Assert.Single(ofFirst.GetProperty("items").EnumerateArray());
        Assert.Equal(firstSession, payment.GetProperty("providerReference").GetString());
        Assert.Equal("Stripe", payment.GetProperty("provider").GetString());
        Assert.Equal(first, payment.GetProperty("appointmentId").GetGuid());
        Assert.Equal(patientId, payment.GetProperty("patientId").GetGuid());
        Assert.Equal(70.00m, payment.GetProperty("amount").GetDecimal());
        Assert.Equal("GBP", payment.GetProperty("currency").GetString());
        Assert.Equal("Settled", payment.GetProperty("outcome").GetString());
        Assert.True(payment.TryGetProperty("receivedAt", out _));
        var later = Assert.Single(since.GetProperty("items").EnumerateArray());
        Assert.Equal(("AmountMismatch", 5.00m), (later.GetProperty("outcome").GetString(), later.GetProperty("amount").GetDecimal()));
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal((1, 1), (page.GetProperty("skip").GetInt32(), page.GetProperty("take").GetInt32()));
    }

    [Fact]
    public async Task WithoutBackofficeSignIn_TheListIsRefused()
    {
        using var response = await portal.Browser().GetAsync(new Uri(Api, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
