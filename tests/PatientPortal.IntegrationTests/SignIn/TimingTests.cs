using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignIn;

/// <summary>Runs alone, after the parallel test classes, so other tests' load does not blur the timings.</summary>
[CollectionDefinition(nameof(TimingCollection), DisableParallelization = true)]
public sealed class TimingCollection;

/// <summary>No throttle in the way of forty wrong passwords; the cheapest hashing the options allow.</summary>
public sealed class TimingPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(InvitationPageScenario.EmailOnly())
    {
        ["PatientPortal:SignIn:Throttle:FreeFailures"] = "50",
        ["PatientPortal:Passwords:HashIterations"] = "100000",
    };
}

/// <summary>
/// What an outsider can learn from how long an answer takes: 40 samples of each, taken in turn, must not be told
/// apart by a Mann-Whitney test at p &lt; 0.01.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class TimingTests(TimingPortalFactory portal) : IClassFixture<TimingPortalFactory>
{
    private const int Samples = 40;
    private const string Password = "three of us share this inbox";

    [Fact]
    public async Task AWrongPassword_ForAnEmailSharedByThreeAccounts_TakesAsLongAsForAnUnknownEmail()
    {
        var shared = Registration.UniqueEmail("family");
        var chargeband = await portal.ChargebandAsync();
        foreach (var familyName in new[] { "Adeyemi", "Adeyemi-Cole", "Cole" })
        {
            await portal.AddPatientAsync(chargeband, shared, familyName: familyName, password: Password);
        }

        var browser = portal.Browser();
        await SignInTimeAsync(browser, Registration.UniqueEmail("warm-up"));
        var (known, unknown) = await AlternatelyAsync(
            () => SignInTimeAsync(browser, shared),
            () => SignInTimeAsync(browser, Registration.UniqueEmail("nobody")));

        var p = MannWhitney.PValue(known, unknown);
        Assert.True(p >= 0.01, $"told apart (p = {p:F4}): shared email median {Median(known):F1} ms, unknown {Median(unknown):F1} ms");
    }

    [Fact]
    public async Task SendMeANewLink_ForARealRevokedToken_TakesAsLongAsForAMadeUpOne()
    {
        var invited = await portal.InvitedPatientAsync();
        var id = await portal.QueryAsync(db => db.Invitations.Where(invitation => invitation.PatientId == invited.PatientId).Select(invitation => invitation.Id).SingleAsync());
        using (var revoked = await (await portal.AdminAsync()).PostAsync(new Uri($"/umbraco/management/api/v1/patient-portal/invitations/{id}/revoke", UriKind.Relative), null))
        {
            Assert.True(revoked.IsSuccessStatusCode, $"revoking answered {(int)revoked.StatusCode}");
        }

        var browser = portal.Browser();
        await NewLinkTimeAsync(browser, Core.Security.SecureToken.Generate());
        var (real, madeUp) = await AlternatelyAsync(
            () => NewLinkTimeAsync(browser, invited.Token),
            () => NewLinkTimeAsync(browser, Core.Security.SecureToken.Generate()));

        var p = MannWhitney.PValue(real, madeUp);
        Assert.True(p >= 0.01, $"told apart (p = {p:F4}): real token median {Median(real):F2} ms, made-up {Median(madeUp):F2} ms");
    }

    [Fact]
    public async Task ForgottenPassword_ForAnEmailWithAnAccount_TakesAsLongAsForAnUnknownOne()
    {
        var known = Registration.UniqueEmail("forgot");
        await portal.AddPatientAsync(await portal.ChargebandAsync(), known, password: Password);
        var browser = portal.Browser();
        await ForgotTimeAsync(browser, Registration.UniqueEmail("warm-up"));
        var (real, unknown) = await AlternatelyAsync(
            () => ForgotTimeAsync(browser, known),
            () => ForgotTimeAsync(browser, Registration.UniqueEmail("nobody")));

        var p = MannWhitney.PValue(real, unknown);
        Assert.True(p >= 0.01, $"told apart (p = {p:F4}): known email median {Median(real):F2} ms, unknown {Median(unknown):F2} ms");
    }

    private static async Task<double> ForgotTimeAsync(HttpClient browser, string email)
    {
        var watch = Stopwatch.StartNew();
        using var response = await browser.PostAsync(new Uri("/patient-portal/api/forgot-password", UriKind.Relative), Json($$"""{"contact":"{{email}}"}"""));
        watch.Stop();
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<(List<double> First, List<double> Second)> AlternatelyAsync(Func<Task<double>> first, Func<Task<double>> second)
    {
        var a = new List<double>();
        var b = new List<double>();
        for (var sample = 0; sample < Samples; sample++)
        {
            a.Add(await first());
            b.Add(await second());
        }

        return (a, b);
    }

    private static async Task<double> SignInTimeAsync(HttpClient browser, string email)
    {
        var watch = Stopwatch.StartNew();
        using var response = await browser.PostAsync(new Uri("/patient-portal/api/sign-in", UriKind.Relative), Json($$"""{"email":"{{email}}","password":"not the password at all"}"""));
        watch.Stop();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> NewLinkTimeAsync(HttpClient browser, string token)
    {
        var watch = Stopwatch.StartNew();
        using var response = await browser.PostAsync(new Uri("/patient-portal/api/invitation/new-link", UriKind.Relative), Json($$"""{"token":"{{token}}"}"""));
        watch.Stop();
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
