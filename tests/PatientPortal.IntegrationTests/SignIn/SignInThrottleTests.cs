using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignIn;

/// <summary>Invitations by email, a clock the tests move, and clients at many addresses.</summary>
public sealed class ThrottledPortalFactory : FakeClockPortalFactory
{
    protected override IDictionary<string, string?> Settings => InvitationPageScenario.EmailOnly();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        base.ConfigureTestServices(services);
        services.AddTestClientAddresses();
    }
}

/// <summary>Password guessing against one account from many addresses, as the outside assessment tried it.</summary>
public sealed class SignInThrottleTests(ThrottledPortalFactory portal) : IClassFixture<ThrottledPortalFactory>
{
    private const string Password = "granite steps down to the harbour";

    [Fact]
    public async Task WrongPasswordsFromTwelveAddresses_Get429_TheRightOneWaitsToo_AndThePatientIsSentAResetLink()
    {
        var email = Registration.UniqueEmail("guessed");
        await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: Password);
        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 105; guess++)
        {
            using var response = await PortalScenario.SignInAsync(portal.Browser().From($"198.51.100.{guess % 12 + 1}"), email, $"wrong guess number {guess:D3} here");
            statuses.Add(response.StatusCode);
        }

        using var right = await PortalScenario.SignInAsync(portal.Browser().From("198.51.100.99"), email, Password);

        Assert.All(statuses.Take(5), status => Assert.Equal(HttpStatusCode.BadRequest, status)); // wrong, shown again
        Assert.Equal(HttpStatusCode.BadRequest, statuses[5]); // the sixth is checked, and starts the waits
        Assert.All(statuses.Skip(6), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Equal("30", right.Headers.GetValues("Retry-After").Single());
        Assert.Contains("wait 30 seconds", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var notice = Assert.Single(await portal.Mail.WaitForEmailsAsync(email));
        Assert.Contains("several wrong passwords have been tried", notice.Html, StringComparison.Ordinal);
        Assert.Contains("expires in 24 hours", notice.Text, StringComparison.Ordinal);

        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        using var later = await PortalScenario.SignInAsync(portal.Browser(), email, Password);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal("/patient-portal", later.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnUnknownEmail_IsThrottledJustLikeAKnownOne_SoThe429TellsNothing()
    {
        var statuses = new List<HttpStatusCode>();
        for (var guess = 0; guess < 8; guess++)
        {
            using var response = await PortalScenario.SignInAsync(portal.Browser(), "nobody-here@example.org", $"wrong guess number {guess:D3} here");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 6).Concat(Enumerable.Repeat(HttpStatusCode.TooManyRequests, 2)), statuses);
    }

    [Fact]
    public async Task TheJsonApi_Answers429WithRetryAfter_AsDocumented()
    {
        var email = Registration.UniqueEmail("guessed");
        await portal.AddPatientAsync(await portal.ChargebandAsync(), email, password: Password);
        HttpResponseMessage? last = null;
        for (var guess = 0; guess < 7; guess++)
        {
            last?.Dispose();
            last = await portal.Browser().PostAsync(
                new Uri("/patient-portal/api/sign-in", UriKind.Relative),
                new StringContent($$"""{"email":"{{email}}","password":"wrong guess number {{guess}}"}""", System.Text.Encoding.UTF8, "application/json"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(last.Headers.RetryAfter);
        last.Dispose();
    }

    [Fact]
    public async Task AdminSigningInAgain_GetsANewSession_SoACookieFromBeforeStopsWorking()
    {
        var admin = portal.Browser().From("203.0.113.21");
        var form = await HtmlForm.GetAsync(admin, "/admin/sign-in");
        using var first = await form.PostAsync(admin, "/admin/sign-in", new() { ["username"] = "admin", ["password"] = PortalFactory.AdminPassword });
        var earlier = first.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith(".Website.Admin=", StringComparison.Ordinal)).Split(';')[0];
        var copy = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", earlier);

        form = await HtmlForm.GetAsync(admin, "/admin/sign-in");
        using var again = await form.PostAsync(admin, "/admin/sign-in", new() { ["username"] = "admin", ["password"] = PortalFactory.AdminPassword });
        using var withEarlier = await copy.GetAsync(new Uri(PortalScenario.ChargebandsUrl, UriKind.Relative));
        using var withNew = await admin.GetAsync(new Uri(PortalScenario.ChargebandsUrl, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withEarlier.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task CopiedAdminCookie_StopsWorkingAfterSignOut_AndSignOutNeedsItsToken()
    {
        var username = "admin";
        var admin = portal.Browser().From("203.0.113.20");
        var form = await HtmlForm.GetAsync(admin, "/admin/sign-in");
        using var signedIn = await form.PostAsync(admin, "/admin/sign-in", new() { ["username"] = username, ["password"] = PortalFactory.AdminPassword });
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith(".Website.Admin=", StringComparison.Ordinal)).Split(';')[0];
        var copy = portal.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        using var before = await copy.GetAsync(new Uri(PortalScenario.ChargebandsUrl, UriKind.Relative));

        using var forged = await admin.PostAsync(new Uri("/admin/sign-out", UriKind.Relative), new FormUrlEncodedContent([]));
        using var stillIn = await copy.GetAsync(new Uri(PortalScenario.ChargebandsUrl, UriKind.Relative));
        var page = await HtmlForm.GetAsync(admin, "/admin");
        using var signedOut = await page.PostAsync(admin, "/admin/sign-out", []);
        using var after = await copy.GetAsync(new Uri(PortalScenario.ChargebandsUrl, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task SixtySignUpsWithAPatientsDetails_SendOneMessage_AndTheLinkThePracticeSentKeepsWorking()
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail("flooded");
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var practiceLink = await portal.InviteAndReadLinkAsync(patientId, email);
        for (var signUp = 0; signUp < 60; signUp++)
        {
            // The family name, date of birth and email PatientSeed gives the patient; a fresh address each time.
            var details = Registration.Valid(code, email, familyName: InvitationPageScenario.FamilyNameOnFile, dateOfBirth: "1980-04-12");
            (await PortalScenario.SignUpAsync(portal.Browser().From($"192.0.2.{signUp + 1}"), details)).Dispose();
        }

        var emails = await portal.Mail.WaitForEmailsAsync(email, 2);
        await Task.Delay(TimeSpan.FromSeconds(1)); // anything more would have been sent by now
        Assert.Equal(2, (await portal.Mail.EmailsToAsync(email)).Count); // the practice's invitation and one more
        var practiceInvitation = await portal.QueryAsync(db => db.Invitations.Where(i => i.PatientId == patientId).OrderBy(i => i.CreatedAt).FirstAsync());
        Assert.Null(practiceInvitation.RevokedAt);
        using var opened = await portal.Browser().GetAsync(new Uri(practiceLink, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(2, emails.Count);
    }

    [Fact]
    public async Task SendMeANewLink_PostedTenTimes_SendsOneLink_AndNeverRevokesTheLinkThePracticeSent()
    {
        var email = Registration.UniqueEmail("new-link");
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var oldLink = await portal.InviteAndReadLinkAsync(patientId, email);
        var practiceLink = await portal.InviteAndReadLinkAsync(patientId, email); // the practice resends: the old link is revoked
        var oldToken = Uri.UnescapeDataString(oldLink[(oldLink.IndexOf("?token=", StringComparison.Ordinal) + "?token=".Length)..]);

        for (var post = 0; post < 10; post++)
        {
            using var response = await portal.Browser().From($"192.0.2.{post + 100}").PostAsync(
                new Uri("/patient-portal/api/invitation/new-link", UriKind.Relative),
                new StringContent($$"""{"token":"{{oldToken}}"}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        // The new-link job runs 1-3 s after each post, on the real clock; three emails in all (two from the practice).
        await portal.Mail.WaitForEmailsAsync(email, 3);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(3, (await portal.Mail.EmailsToAsync(email)).Count);
        var invitations = await portal.QueryAsync(db => db.Invitations.Where(i => i.PatientId == patientId).OrderBy(i => i.CreatedAt).ToListAsync());
        Assert.Equal(3, invitations.Count);
        Assert.Null(invitations[1].RevokedAt); // the practice's resend still works
        Assert.Equal(Core.Invitations.InvitationOrigin.SelfService, invitations[2].Origin);
        var opened = await InvitationPageScenario.OpenAsync(portal.Browser(), practiceLink);
        Assert.Contains("family name", opened.Html, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Its own site: guessing the admin's password slows the admin down for a while, and no other test should wait.</summary>
public sealed class AdminSignInThrottleTests(ThrottledPortalFactory portal) : IClassFixture<ThrottledPortalFactory>
{
    [Fact]
    public async Task AdminSignIn_SixtyWrongPasswordsFromOneAddress_Get429_AndTheRightOneWaitsForTheBackOff()
    {
        var statuses = new List<HttpStatusCode>();
        var attacker = portal.Browser().From("203.0.113.7");
        var form = await HtmlForm.GetAsync(attacker, "/admin/sign-in");
        for (var guess = 0; guess < 60; guess++)
        {
            using var response = await form.PostAsync(attacker, "/admin/sign-in", new() { ["username"] = "admin", ["password"] = $"guess number {guess:D3}" });
            statuses.Add(response.StatusCode);
        }

        var admin = portal.Browser().From("203.0.113.8");
        var adminForm = await HtmlForm.GetAsync(admin, "/admin/sign-in");
        using var refused = await adminForm.PostAsync(admin, "/admin/sign-in", new() { ["username"] = "admin", ["password"] = PortalFactory.AdminPassword });
        portal.Clock.Advance(TimeSpan.FromSeconds(31));
        using var allowed = await adminForm.PostAsync(admin, "/admin/sign-in", new() { ["username"] = "admin", ["password"] = PortalFactory.AdminPassword });

        Assert.Equal(6, statuses.Count(status => status == HttpStatusCode.Redirect)); // five free tries and the sixth
        Assert.Equal(54, statuses.Count(status => status == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal("/admin", allowed.Headers.Location?.OriginalString);
    }
}
