using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.IntegrationTests.Portal.CallBack;
using PatientPortal.IntegrationTests.Portal.MyDetails;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Common;

/// <summary>Three posts a minute; the clock stands five seconds into a minute window.</summary>
public class RateLimitedPortalFactory : FakeClockPortalFactory
{
    public RateLimitedPortalFactory()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 5, TimeSpan.Zero));
    }

    /// <summary>Moves to the start of the next minute window, so a test starts with its permits unused.</summary>
    public void NextMinute() => Clock.Advance(TimeSpan.FromMinutes(1));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:RateLimiting:PermitsPerMinute"] = "3",
        ["PatientPortal:RateLimiting:PermitsPerHour"] = "100",
    };
}

/// <summary>A second server of the same site: same database file and clock, its own memory.</summary>
public sealed class SecondServerFactory : RateLimitedPortalFactory
{
    private readonly string _databasePath;

    public SecondServerFactory(string databasePath, FakeTimeProvider clock)
    {
        _databasePath = databasePath;
        Clock = clock;
    }

    public override string DatabasePath => _databasePath;
}

public sealed class RateLimitTests(RateLimitedPortalFactory portal) : IClassFixture<RateLimitedPortalFactory>
{
    [Fact]
    public async Task Limits_HoldAcrossServersSharingTheDatabase()
    {
        portal.NextMinute();
        using var second = new SecondServerFactory(portal.DatabasePath, portal.Clock);
        var first = portal.Browser();
        var other = second.Browser();

        // Two attempts on each server: four in all, over the limit of three.
        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { first, other, first, other })
        {
            using var response = await client.PostAsJsonAsync("/patient-portal/api/sign-up/invite-code", new { inviteCode = "Guess1234" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Limits_UnderConcurrentPostsToTwoServersSharingTheDatabase_LetExactlyTheLimitThrough()
    {
        portal.NextMinute();
        using var second = new SecondServerFactory(portal.DatabasePath, portal.Clock);
        var clients = new[] { portal.Browser(), second.Browser() };

        // Forty posts at once, half to each server, from one address: three a minute may pass.
        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            using var response = await clients[i % 2].PostAsJsonAsync("/patient-portal/api/sign-up/invite-code", new { inviteCode = "Guess1234" });
            return response.StatusCode;
        }));

        Assert.Equal(3, statuses.Count(status => status == HttpStatusCode.BadRequest));
        Assert.Equal(37, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task InviteCodeAttempts_BeyondTheLimit_Get429WithRetryAfter_OnPagesAndApi()
    {
        portal.NextMinute();
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
        Assert.Equal("55", limitedPage.Headers.GetValues("Retry-After").Single()); // the clock stands at hh:mm:05
        Assert.Contains("Too many attempts", await limitedPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, limitedApi.StatusCode);
        Assert.NotNull(limitedApi.Headers.RetryAfter);
    }

    [Fact]
    public async Task CallBackRequests_BeyondTheLimit_Get429_AndSendNothing()
    {
        // The admin's sign-in (to make the patient) and the patient's use permits too: each gets a fresh minute.
        portal.NextMinute();
        var (email, id) = await portal.PatientAsync();
        portal.NextMinute();
        var browser = await portal.SignedInAsync(email);
        portal.NextMinute();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // Refused for its phone number: each still uses a permit.
            using var refused = await CallBackScenario.PostAsync(browser, CallBackScenario.BookingPage, [("times", "Morning"), ("phone", "12")]);
            statuses.Add(refused.StatusCode);
        }

        using var limited = await CallBackScenario.PostAsync(browser, CallBackScenario.BookingPage, [("times", "Morning"), ("phone", "07911 123456")]);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Empty(await portal.RequestsAsync(id));
    }
}
