using System.Net;
using System.Text.RegularExpressions;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Website;

/// <summary>The website host's admin pages: a CSP whose only inline script and style carry this response's nonce, and no framing.</summary>
public sealed partial class AdminPageHeadersTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/dashboard")]
    [InlineData("/admin/chargebands")]
    [InlineData("/admin/patients")]
    [InlineData("/admin/patients/0190c5a8-6b1e-7d2f-9a3b-2c4d5e6f7a8b")]
    [InlineData("/admin/messages")]
    [InlineData("/admin/templates")]
    public async Task AdminPage_CannotBeFramed_AndRunsOnlyScriptsWithItsNonce(string path)
    {
        var admin = await portal.AdminAsync();

        using var response = await admin.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        // Umbraco UI's elements write style attributes; inline script and style elements still need the nonce.
        Assert.All(csp.Split(';', StringSplitOptions.TrimEntries).Where(directive => directive.Contains("unsafe-inline", StringComparison.Ordinal)),
            directive => Assert.StartsWith("style-src-attr ", directive, StringComparison.Ordinal));
        var nonce = Assert.Single(CspNonces().Matches(csp).Select(match => match.Groups[1].Value).Distinct());
        var html = await response.Content.ReadAsStringAsync();
        foreach (Match tag in InlineTags().Matches(html))
        {
            Assert.Contains($"nonce=\"{nonce}\"", tag.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EachAnswer_HasItsOwnNonce()
    {
        var admin = await portal.AdminAsync();

        using var first = await admin.GetAsync(new Uri("/admin/dashboard", UriKind.Relative));
        using var second = await admin.GetAsync(new Uri("/admin/dashboard", UriKind.Relative));

        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task SignInPage_CannotBeFramed()
    {
        using var response = await portal.Browser().GetAsync(new Uri("/admin/sign-in", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex CspNonces();

    /// <summary>Script elements without a src, and style elements: the inline code the CSP must allow by nonce.</summary>
    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>|<style[^>]*>")]
    private static partial Regex InlineTags();
}
