using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Common;

/// <summary>
/// The management API's CSRF defence beside SameSite=Strict: the admin's cookie is sent here as a browser would
/// send it if SameSite did not hold (an old browser, a same-site subdomain), and the guard alone must refuse.
/// </summary>
public sealed class CrossSiteWriteTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Api = "/umbraco/management/api/v1/patient-portal";
    private const string OtherSite = "https://evil.example";
    private const string ThisSite = "http://localhost";

    [Fact]
    public async Task CrossOriginMultipartImport_IsRefused_AndImportsNothing()
    {
        var admin = await portal.AdminAsync(asClient: false);
        var externalId = $"CSRF-{Guid.NewGuid():N}"[..20];

        using var response = await admin.SendAsync(Post("/imports/services/csv", ServicesCsv(externalId), origin: OtherSite));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(await portal.QueryAsync(db => db.Services.AnyAsync(service => service.ExternalId == externalId)));
    }

    [Fact]
    public async Task SameOriginMultipartImport_AsTheBackofficeSendsIt_IsAccepted()
    {
        var admin = await portal.AdminAsync(asClient: false);
        var externalId = $"SAME-{Guid.NewGuid():N}"[..20];
        using var request = Post("/imports/services/csv", ServicesCsv(externalId), origin: ThisSite);
        request.Headers.Add("X-Requested-With", "PatientPortal");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await portal.QueryAsync(db => db.Services.AnyAsync(service => service.ExternalId == externalId)));
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data")]
    public async Task ACrossSiteFormPost_IsRefusedByItsOrigin_EvenWithTheHeader(string contentType)
    {
        var admin = await portal.AdminAsync();
        var chargebandId = await portal.ChargebandAsync();
        using var request = Post($"/chargebands/{chargebandId}/online-booking/disable", FormBody(contentType), origin: OtherSite);

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ACrossSitePost_WithoutOrigin_IsRefusedBySecFetchSite()
    {
        var admin = await portal.AdminAsync();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), "sec.fetch.site@example.org");
        using var request = Post($"/patients/{patientId}/invitations", FormBody("application/x-www-form-urlencoded"), origin: null);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await portal.QueryAsync(db => db.Invitations.AnyAsync(invitation => invitation.PatientId == patientId)));
    }

    [Fact]
    public async Task ABodylessPost_WithoutTheHeader_IsRefused_AndWithItGoesThrough()
    {
        var admin = await portal.AdminAsync(asClient: false);
        var chargebandId = await portal.ChargebandAsync();

        using var bare = await admin.SendAsync(Post($"/chargebands/{chargebandId}/online-booking/disable", null, origin: null));
        using var withHeader = Post($"/chargebands/{chargebandId}/online-booking/disable", null, origin: ThisSite);
        withHeader.Headers.Add("X-Requested-With", "PatientPortal");
        using var accepted = await admin.SendAsync(withHeader);

        Assert.Equal(HttpStatusCode.Forbidden, bare.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task AJsonPost_FromThisSite_NeedsNoHeader()
    {
        var admin = await portal.AdminAsync(asClient: false);
        using var request = Post("/chargebands", JsonContent.Create(new { name = "Same origin JSON", billingRules = new[] { new { type = "PatientSelfBook" } } }), origin: ThisSite);

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task AJsonPost_FromAnotherOrigin_IsRefused()
    {
        var admin = await portal.AdminAsync();
        using var request = Post("/chargebands", JsonContent.Create(new { name = "Cross origin JSON", billingRules = new[] { new { type = "PatientSelfBook" } } }), origin: OtherSite);

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ABearerCall_IsNotJudgedByItsOrigin()
    {
        // Umbraco's backoffice calls with its bearer token, which no forged browser request can carry.
        var admin = await portal.AdminAsync(asClient: false);
        var chargebandId = await portal.ChargebandAsync();
        using var request = Post($"/chargebands/{chargebandId}/online-booking/disable", null, origin: "https://backoffice.example");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "token-of-the-backoffice");

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PublicSignOut_WithoutJsonOrTheHeader_IsRefused()
    {
        var browser = portal.Browser();

        using var form = await browser.PostAsync(new Uri("/patient-portal/api/sign-out", UriKind.Relative), FormBody("application/x-www-form-urlencoded"));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/patient-portal/api/sign-out", UriKind.Relative));
        request.Headers.Add("X-Requested-With", "PatientPortal");
        using var fromClient = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, fromClient.StatusCode);
    }

    private static HttpRequestMessage Post(string path, HttpContent? content, string? origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Api + path, UriKind.Relative)) { Content = content };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    private static MultipartFormDataContent ServicesCsv(string externalId)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"externalId,name,durationMinutes,price\n{externalId},Forged,10,1\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "services.csv" } };
    }

    private static HttpContent FormBody(string contentType) => contentType switch
    {
        "multipart/form-data" => new MultipartFormDataContent { { new StringContent("1"), "confirm" } },
        "text/plain" => new StringContent("confirm=1", Encoding.UTF8, "text/plain"),
        _ => new FormUrlEncodedContent([new("confirm", "1")]),
    };
}
