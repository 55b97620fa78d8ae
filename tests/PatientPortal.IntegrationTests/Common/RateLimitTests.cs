using System.Net;
using System.Net.Http.Json;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Common;

public sealed class RateLimitedPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:RateLimiting:PermitsPerMinute"] = "3",
        ["PatientPortal:RateLimiting:PermitsPerHour"] = "100",
    };
}

public sealed class RateLimitTests(RateLimitedPortalFactory portal) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task InviteCodeAttempts_BeyondTheLimit_Get429WithRetryAfter_OnPagesAndApi()
    {
        var browser = portal.Browser();
        var page = await HtmlForm.GetAsync(browser, "/patient-portal/sign-up");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await page.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = $"Guess{attempt:D4}" });
            statuses.Add(response.StatusCode);
        }

        using var limitedPage = await page.PostAsync(browser, "/patient-portal/sign-up", new() { ["inviteCode"] = "Guess9999" });
        using var limitedApi = await browser.PostAsJsonAsync("/patient-portal/api/sign-up/invite-code", new { inviteCode = "Guess9998" });

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedPage.StatusCode);
        Assert.True(int.Parse(limitedPage.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Too many attempts", await limitedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedApi.StatusCode);
        Assert.NotNull(limitedApi.Headers.RetryAfter);
    }
}
