using Microsoft.AspNetCore.Mvc.Testing;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Common;

public sealed class CookieSecurityTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AntiforgeryCookie_IsSecure_OverHttps()
    {
        var browser = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var response = await browser.GetAsync(new Uri("/patient-portal/sign-up", UriKind.Relative));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AntiforgeryCookie_StillWorks_OverPlainHttp()
    {
        using var response = await portal.Browser().GetAsync(new Uri("/patient-portal/sign-up", UriKind.Relative));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), header => header.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
