using System.Net;
using System.Net.Http.Json;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Common;

/// <summary>
/// A request may name any Host; nothing we answer may send the browser there. Redirects and Location headers are
/// paths on this site (or the configured public address).
/// </summary>
public sealed class ForgedHostTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ForgedHost = "evil.example";

    [Theory]
    [InlineData("/patient-portal")]
    [InlineData("/patient-portal/book")]
    [InlineData("/admin/dashboard")]
    public async Task SignInRedirect_StaysOnThisSite_WhateverTheHostHeader(string page)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(page, UriKind.Relative));
        request.Headers.Host = ForgedHost;

        using var response = await portal.Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertStaysOnSite(response.Headers.Location);
    }

    [Fact]
    public async Task CreatedChargeband_LocationIsAPathOnThisSite()
    {
        var admin = await portal.AdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(PortalScenario.ChargebandsUrl, UriKind.Relative))
        {
            Content = JsonContent.Create(new { name = "Forged host", billingRules = new[] { new { type = "PatientSelfBook" } } }),
        };
        request.Headers.Host = ForgedHost;

        using var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location;
        AssertStaysOnSite(location);
        var id = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        Assert.EndsWith($"{PortalScenario.ChargebandsUrl}/{id}", location!.OriginalString, StringComparison.Ordinal);
    }

    private static void AssertStaysOnSite(Uri? location)
    {
        Assert.NotNull(location);
        Assert.DoesNotContain(ForgedHost, location.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.True(!location.IsAbsoluteUri || location.Host == "localhost", $"{location} leaves the site.");
    }
}
