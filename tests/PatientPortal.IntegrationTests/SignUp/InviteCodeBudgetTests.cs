using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.IntegrationTests.Support;
using PatientPortal.Web.Common;
using PatientPortal.Web.SignUp;

namespace PatientPortal.IntegrationTests.SignUp;

/// <summary>
/// The site with the shipped limits (10 posts a minute and 100 an hour per client; 30 refused codes or 10 near
/// misses of one code per 10 minutes; 3 code requests per client and a 3 s hold-back while under attack), on a
/// clock at the start of a 10-minute window. Delays are recorded, not waited.
/// </summary>
public sealed class InviteCodeBudgetPortalFactory : FakeClockPortalFactory
{
    public InviteCodeBudgetPortalFactory()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 5, TimeSpan.Zero));
    }

    public RecordedDelays Delays { get; } = new();

    /// <summary>Moves past the current window and the next, so every budget starts again.</summary>
    public void AfterTheAttack() => Clock.Advance(TimeSpan.FromMinutes(20));

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["PatientPortal:RateLimiting:PermitsPerMinute"] = "10",
        ["PatientPortal:RateLimiting:PermitsPerHour"] = "100",
        ["PatientPortal:RateLimiting:InviteCodeFailuresPerWindow"] = "30",
        ["PatientPortal:RateLimiting:InviteCodeNearMissesPerWindow"] = "10",
    };

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        base.ConfigureTestServices(services);
        services.AddSingleton<IStartupFilter, ClientAddresses>();
        services.AddSingleton<IResponseDelay>(Delays);
    }
}

public sealed class InviteCodeBudgetTests(InviteCodeBudgetPortalFactory portal) : IClassFixture<InviteCodeBudgetPortalFactory>, IAsyncLifetime
{
    private const string CheckUrl = "/patient-portal/api/sign-up/invite-code";
    private static readonly TimeSpan HeldBack = TimeSpan.FromSeconds(3);

    public Task InitializeAsync()
    {
        portal.AfterTheAttack();
        portal.Delays.Clear();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SixtyGuessesFromSixAddresses_DoNotFindTheRealCode_AndAPatientFromAFreshAddressSignsUpOnceTheWindowHasPassed()
    {
        var start = portal.Clock.GetUtcNow();
        var realCode = Registration.UniqueCode("Real");
        await PortalScenario.CreateOnlineChargebandAsync(await portal.AdminAsync(), realCode);
        var attackers = Enumerable.Range(1, 6).Select(n => ClientAddresses.From(portal, $"203.0.113.{n}")).ToList();

        // Ten guesses from each address, within the per-client limit; the real code is the 55th.
        var answers = new List<(string Code, HttpStatusCode Status, string Body)>();
        for (var guess = 1; guess <= 60; guess++)
        {
            var code = guess == 55 ? realCode : $"Guess-{guess:D4}-{Guid.NewGuid().ToString("N")[..6]}";
            using var response = await attackers[guess % 6].PostAsJsonAsync(CheckUrl, new { inviteCode = code });
            answers.Add((code, response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        Assert.DoesNotContain(answers, answer => answer.Status == HttpStatusCode.OK);
        var real = answers.Single(answer => answer.Code == realCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, real.Status);
        Assert.All(answers.Skip(50).Where(answer => answer.Code != realCode), answer => Assert.Equal((real.Status, real.Body), (answer.Status, answer.Body)));
        // The 31st refused code trips the budget; every address has used its allowance by then, so the rest are refused.
        Assert.All(answers.Take(31), answer => Assert.Equal(HttpStatusCode.BadRequest, answer.Status));
        Assert.All(answers.Skip(31), answer => Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status));
        Assert.Equal([(null, 1)], await AuditEntriesSinceAsync(start));

        // Once the window (and the one after it) has passed, a patient from a fresh address signs up as usual.
        portal.AfterTheAttack();
        portal.Delays.Clear();
        var patient = ClientAddresses.From(portal, "198.51.100.7");
        var registration = Registration.Valid(realCode, Registration.UniqueEmail("after-attack"));
        using var signedUp = await PortalScenario.SignUpAsync(patient, registration);
        Assert.Equal(HttpStatusCode.Redirect, signedUp.StatusCode);
        Assert.Single(await portal.Mail.WaitForEmailsAsync(registration["email"]));
        Assert.Empty(portal.Delays.All);
    }

    [Fact]
    public async Task NearMissesOfOneCode_FromManyAddresses_HoldBackRightAndWrongAnswersAlike_AndAuditTheChargeband()
    {
        var start = portal.Clock.GetUtcNow();
        var realCode = Registration.UniqueCode("Near");
        var chargebandId = Guid.Parse(await PortalScenario.CreateOnlineChargebandAsync(await portal.AdminAsync(), realCode));

        // Eleven addresses each try one code a character away from the real one: far below the global budget.
        for (var n = 1; n <= 11; n++)
        {
            using var response = await ClientAddresses.From(portal, $"192.0.2.{n}").PostAsJsonAsync(CheckUrl, new { inviteCode = realCode[..^1] + (char)('g' + n) });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Empty(portal.Delays.All);
        var patient = ClientAddresses.From(portal, "198.51.100.20");
        var page = await HtmlForm.GetAsync(patient, "/patient-portal/sign-up");
        using var right = await page.PostAsync(patient, "/patient-portal/sign-up", new() { ["inviteCode"] = realCode });
        using var wrong = await ClientAddresses.From(portal, "198.51.100.21").PostAsJsonAsync(CheckUrl, new { inviteCode = "Unrelated-7Q2W" });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal([HeldBack, HeldBack], portal.Delays.All);
        Assert.Equal([(chargebandId, 1)], await AuditEntriesSinceAsync(start));
    }

    [Fact]
    public async Task WhileUnderAttack_AClientGetsThreeCodeRequestsPerWindow_CountingThoseBeforeTheAttackBegan()
    {
        var realCode = Registration.UniqueCode("Allow");
        await PortalScenario.CreateOnlineChargebandAsync(await portal.AdminAsync(), realCode);
        var early = ClientAddresses.From(portal, "198.51.100.30");
        using (var before = await early.PostAsJsonAsync(CheckUrl, new { inviteCode = realCode }))
        using (var again = await early.PostAsJsonAsync(CheckUrl, new { inviteCode = realCode }))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        // 31 refused codes from 31 addresses trip the global budget.
        for (var n = 1; n <= 31; n++)
        {
            (await ClientAddresses.From(portal, $"203.0.113.{100 + n}").PostAsJsonAsync(CheckUrl, new { inviteCode = $"Wrong-{n:D3}-{Guid.NewGuid().ToString("N")[..6]}" })).Dispose();
        }

        using var third = await early.PostAsJsonAsync(CheckUrl, new { inviteCode = realCode });
        using var fourth = await early.PostAsJsonAsync(CheckUrl, new { inviteCode = realCode });
        using var newcomer = await ClientAddresses.From(portal, "198.51.100.31").PostAsJsonAsync(CheckUrl, new { inviteCode = realCode });

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.NotNull(fourth.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, newcomer.StatusCode);
        Assert.Equal([HeldBack, HeldBack], portal.Delays.All);
    }

    private async Task<List<(Guid? SubjectId, int Count)>> AuditEntriesSinceAsync(DateTimeOffset start)
    {
        var entries = await portal.QueryAsync(db => db.AuditLog.Where(entry => entry.Action == InviteCodeBudget.AuditAction).ToListAsync());
        return entries.Where(entry => entry.At >= start).GroupBy(entry => entry.SubjectId).Select(group => (group.Key, group.Count())).ToList();
    }
}
