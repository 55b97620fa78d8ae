using System.Net;
using System.Net.Http.Json;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Common;

/// <summary>What the JSON APIs answer carries personal data: no cache may keep it, no page may frame or sniff it.</summary>
public sealed class ApiResponseHeadersTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";

    [Fact]
    public async Task PatientList_IsNotStored()
    {
        await portal.AddPatientAsync(await portal.ChargebandAsync(), "no.store@example.org");
        var admin = await portal.AdminAsync();

        using var response = await admin.GetAsync(new Uri($"{Api}/patients", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no.store@example.org", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "The patient list must carry Cache-Control: no-store.");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/patients/00000000-0000-0000-0000-000000000001")]
    [InlineData("/chargebands")]
    [InlineData("/messages")]
    [InlineData("/audit-log")]
    public async Task EveryManagementAnswer_IsNotStored_FoundOrNot(string path)
    {
        var admin = await portal.AdminAsync();

        using var response = await admin.GetAsync(new Uri(Api + path, UriKind.Relative));

        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} answered {(int)response.StatusCode} without Cache-Control: no-store.");
    }

    [Fact]
    public async Task ARefusedManagementCall_IsNotStoredEither()
    {
        var admin = await portal.AdminAsync();
        using var body = new StringContent("name=Self-pay", System.Text.Encoding.UTF8, "text/plain");

        using var response = await admin.PostAsync(new Uri($"{Api}/chargebands", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task PublicApiAnswers_AreNotStored()
    {
        var browser = portal.Browser();

        using var form = await browser.GetAsync(new Uri("/patient-portal/api/sign-up/form", UriKind.Relative));
        using var signIn = await browser.PostAsJsonAsync("/patient-portal/api/sign-in", new { email = "nobody@example.org", password = "not the password at all" });

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.True(form.Headers.CacheControl?.NoStore);
        Assert.True(signIn.Headers.CacheControl?.NoStore, $"sign-in answered {(int)signIn.StatusCode} without no-store.");
    }
}
