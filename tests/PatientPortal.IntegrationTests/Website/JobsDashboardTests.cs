using System.Net;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Website;

/// <summary>Hangfire's dashboard at /admin/jobs: the practice admin sees the package's jobs; nobody else sees the dashboard.</summary>
public sealed class JobsDashboardTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ThePracticeAdmin_SeesTheDashboard_WithThePackagesQueueAndRecurringJobs()
    {
        var admin = await portal.AdminAsync(asClient: false);

        using var queues = await admin.GetAsync(new Uri("/admin/jobs/jobs/enqueued", UriKind.Relative));
        using var recurring = await admin.GetAsync(new Uri("/admin/jobs/recurring", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, queues.StatusCode);
        Assert.Equal("text/html", queues.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Patient Portal jobs", await queues.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        Assert.Contains("patient-portal-outbox-sweep", await recurring.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/jobs\"", await admin.GetStringAsync(new Uri("/admin", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnonymousVisitor_IsSentToTheAdminSignIn_NotTheDashboard()
    {
        using var anonymous = portal.Browser();

        using var answer = await anonymous.GetAsync(new Uri("/admin/jobs", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/admin/sign-in", answer.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalFactory.Outsider)]
    [InlineData(PortalFactory.MarketingEditor)]
    public async Task AnAdminWithoutTheSectionOrPatientData_IsToldItIsNotAvailable_With403(string username)
    {
        var user = await portal.AdminAsync(username, asClient: false);

        using var refused = await user.GetAsync(new Uri("/admin/jobs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        using var page = await user.GetAsync(refused.Headers.Location);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("Patient Portal jobs", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/jobs\"", await user.GetStringAsync(new Uri("/admin", UriKind.Relative)), StringComparison.Ordinal);
    }
}
