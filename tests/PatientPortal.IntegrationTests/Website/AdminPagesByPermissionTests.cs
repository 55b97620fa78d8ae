using System.Net;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Website;

/// <summary>The demo host's admin pages show each admin user only the screens their permissions allow.</summary>
public sealed class AdminPagesByPermissionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AMarketingEditorsAdminPage_LinksTemplates_AndNoScreenWithPatientData()
    {
        var editor = await portal.AdminAsync(PortalFactory.MarketingEditor, asClient: false);

        var page = await editor.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.Contains("href=\"/admin/templates\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/patients\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/dashboard\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/messages\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/chargebands\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APracticeAdminsAdminPage_LinksEveryScreen()
    {
        var admin = await portal.AdminAsync(asClient: false);

        var page = await admin.GetStringAsync(new Uri("/admin", UriKind.Relative));

        Assert.All(["/admin/dashboard", "/admin/chargebands", "/admin/patients", "/admin/messages", "/admin/templates"], path => Assert.Contains($"href=\"{path}\"", page, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/admin/patients")]
    [InlineData("/admin/dashboard")]
    [InlineData("/admin/messages")]
    public async Task AMarketingEditor_OpeningAPatientDataScreen_IsToldItIsNotAvailable_With403(string path)
    {
        var editor = await portal.AdminAsync(PortalFactory.MarketingEditor, asClient: false);

        using var refused = await editor.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        using var page = await editor.GetAsync(refused.Headers.Location);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Not available to you", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var templates = await editor.GetAsync(new Uri("/admin/templates", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, templates.StatusCode);
    }
}
