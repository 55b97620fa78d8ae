using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Patients;
using PatientPortal.IntegrationTests.Support;
using static PatientPortal.IntegrationTests.Invitations.InvitationPageScenario;

namespace PatientPortal.IntegrationTests.Invitations;

/// <summary>The public invitation page, server-rendered, through the real pipeline with real email.</summary>
public sealed class InvitationPageTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    [Fact]
    public async Task InvitationLink_TakesThePatientThroughIdentityPasswordAndPrivacy_ToAnActiveAccountSignedIn()
    {
        var invited = await portal.InvitedPatientAsync();
        var browser = portal.Browser();

        // The link moves its token into a cookie and leaves the address bar clean.
        using var opened = await browser.GetAsync(new Uri(invited.LinkPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(Page, opened.Headers.Location?.OriginalString);
        Assert.Equal("no-referrer", opened.Headers.GetValues("Referrer-Policy").Single());
        var cookie = Assert.Single(opened.Headers.GetValues("Set-Cookie"), header => header.StartsWith("PatientPortal.Invitation=", StringComparison.Ordinal));
        Assert.Contains("path=/patient-portal/invitation", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=1800", cookie, StringComparison.OrdinalIgnoreCase);

        using var shown = await browser.GetAsync(new Uri(Page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("no-referrer", shown.Headers.GetValues("Referrer-Policy").Single());
        var page = await HtmlForm.ReadAsync(shown);
        Assert.Contains("Your family name", page.Html, StringComparison.Ordinal);
        // Nothing about the patient before they have shown who they are.
        Assert.DoesNotContain("Mary", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Higgins", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(invited.Email, page.Html, StringComparison.Ordinal);

        // Later steps cannot come first: each answer sends the browser back to the step it is on.
        using (var passwordFirst = await PostAsync(browser, page, "password", new() { ["password"] = Password }))
        using (var privacyFirst = await PostAsync(browser, page, "privacy", new() { ["acceptPrivacyPolicy"] = "true" }))
        {
            Assert.Equal(Page, passwordFirst.Headers.Location?.OriginalString);
            Assert.Equal(Page, privacyFirst.Headers.Location?.OriginalString);
        }

        var untouched = await portal.QueryAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.PatientId == invited.PatientId));
        Assert.Null(untouched.PendingPasswordHash);
        Assert.Null(untouched.IdentityVerifiedAt);
        Assert.Contains("Your family name", (await HtmlForm.GetAsync(browser, Page)).Html, StringComparison.Ordinal);

        // Case, spaces and apostrophes do not matter.
        page = await StepAsync(browser, page, "confirm-identity", new() { ["familyName"] = "o higgins" });
        Assert.Contains("Choose your password", page.Html, StringComparison.Ordinal);
        Assert.Contains("At least 15 characters", page.Html, StringComparison.Ordinal);

        using (var tooShort = await PostAsync(browser, page, "password", new() { ["password"] = "short one" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
            var html = await tooShort.Content.ReadAsStringAsync();
            Assert.Contains("Your password needs at least 15 characters", html, StringComparison.Ordinal);
            Assert.DoesNotContain("short one", html, StringComparison.Ordinal);
        }

        page = await StepAsync(browser, page, "password", new() { ["password"] = Password });
        Assert.Contains("href=\"/privacy\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("version 2026-01", page.Html, StringComparison.Ordinal);

        using (var unchecked_ = await PostAsync(browser, page, "privacy", []))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unchecked_.StatusCode);
            Assert.Contains(InvitationPageService.PrivacyPolicyRequiredMessage, await unchecked_.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(AccountStatus.Invited, (await PatientAsync(invited.PatientId)).Account.Status);
        using var accepted = await PostAsync(browser, page, "privacy", new() { ["acceptPrivacyPolicy"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/patient-portal", accepted.Headers.Location?.OriginalString);
        Assert.Contains(accepted.Headers.GetValues("Set-Cookie"), header => header.StartsWith("PatientPortal.Invitation=;", StringComparison.Ordinal));
        var home = await browser.GetStringAsync(new Uri("/patient-portal", UriKind.Relative));
        Assert.Contains("Welcome, Mary O&#x27;Higgins", home, StringComparison.Ordinal);

        var patient = await PatientAsync(invited.PatientId);
        Assert.Equal(AccountStatus.Active, patient.Account.Status);
        Assert.Equal(AccountOrigin.Invitation, patient.Account.Origin);
        Assert.Equal("2026-01", patient.Account.PrivacyPolicyVersion);
        Assert.NotNull(patient.Account.PrivacyPolicyAcceptedAt);
        var invitation = await portal.QueryAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.PatientId == invited.PatientId));
        Assert.NotNull(invitation.CompletedAt);
        Assert.Null(invitation.PendingPasswordHash);
    }

    [Fact]
    public async Task OpeningTheLinkTwice_DoesNotUseItUp()
    {
        var invited = await portal.InvitedPatientAsync();

        // A mail scanner fetches the link first, with its own cookie jar; then the patient opens it twice.
        var scanner = await OpenAsync(portal.Browser(), invited.LinkPath);
        var browser = portal.Browser();
        await OpenAsync(browser, invited.LinkPath);
        var page = await OpenAsync(browser, invited.LinkPath);

        Assert.Contains("Your family name", scanner.Html, StringComparison.Ordinal);
        Assert.Contains("Your family name", page.Html, StringComparison.Ordinal);
        var invitation = await portal.QueryAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.PatientId == invited.PatientId));
        Assert.Equal(InvitationState.Pending, invitation.State(DateTimeOffset.UtcNow));
        Assert.NotNull(invitation.OpenedAt);

        using var completed = await CompleteAsync(browser, invited.LinkPath);
        Assert.Equal("/patient-portal", completed.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task FiveWrongFamilyNames_LockTheLink_AndANewLinkGoesToTheAddressOnFile_KeepingTheDestination()
    {
        var invited = await portal.InvitedPatientAsync();
        // A link that lands on a booking page, as a recall link does.
        const string destination = "/patient-portal/book?service=physiotherapy";
        await portal.QueryAsync(db => db.Invitations.Where(i => i.PatientId == invited.PatientId).ExecuteUpdateAsync(s => s.SetProperty(i => i.TargetPath, destination)));
        var browser = portal.Browser();
        var page = await OpenAsync(browser, invited.LinkPath);

        var summaries = new List<string>();
        foreach (var guess in new[] { "Smith", "Higgins", "O'Hig", "OHigginss", "Murphy" })
        {
            using var refused = await PostAsync(browser, page, "confirm-identity", new() { ["familyName"] = guess });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains(InvitationPageService.IdentityFailedMessage, html, StringComparison.Ordinal);
            summaries.Add(ErrorSummary(html));
        }

        Assert.Single(summaries.Distinct());
        using (var rightTooLate = await PostAsync(browser, page, "confirm-identity", new() { ["familyName"] = FamilyNameOnFile }))
        {
            Assert.NotEqual(HttpStatusCode.OK, rightTooLate.StatusCode);
            Assert.Equal(Page, rightTooLate.Headers.Location?.OriginalString);
        }

        var locked = await portal.QueryAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.PatientId == invited.PatientId));
        Assert.Equal(InvitationState.Locked, locked.State(DateTimeOffset.UtcNow));
        Assert.Equal(Invitation.MaxIdentityChecks, locked.FailedIdentityChecks);
        Assert.Null(locked.IdentityVerifiedAt);
        Assert.Equal(1, await portal.QueryAsync(db => db.AuditLog.CountAsync(a => a.SubjectId == invited.PatientId && a.Action == "invitation.locked")));

        var lockedPage = await HtmlForm.GetAsync(browser, Page);
        Assert.Contains("This link is locked", lockedPage.Html, StringComparison.Ordinal);
        Assert.Contains("action=\"/patient-portal/invitation/new-link\"", lockedPage.Html, StringComparison.Ordinal);
        Assert.Contains("Send me a new link", lockedPage.Html, StringComparison.Ordinal);
        Assert.Contains("on file", lockedPage.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Your family name", lockedPage.Html, StringComparison.Ordinal);

        var earlier = await LinksToAsync(portal, invited.Email);
        using (var asked = await PostAsync(browser, lockedPage, "new-link", []))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            Assert.Contains("a new link is on its way", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var fresh = await NewLinkAsync(portal, invited.Email, earlier);
        Assert.Equal(2, (await portal.Mail.EmailsToAsync(invited.Email)).Count);
        using var completed = await CompleteAsync(portal.Browser(), fresh);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal(destination, completed.Headers.Location?.OriginalString);
        Assert.Equal(AccountStatus.Active, (await PatientAsync(invited.PatientId)).Account.Status);
    }

    [Fact]
    public async Task RevokedLink_ShowsTheRevokedPage_WithTheNewLinkButton()
    {
        var invited = await portal.InvitedPatientAsync();
        await portal.InviteAndReadLinkAsync(invited.PatientId, invited.Email);

        var page = await OpenAsync(portal.Browser(), invited.LinkPath);

        Assert.Contains("This link has been replaced", page.Html, StringComparison.Ordinal);
        Assert.Contains("Send me a new link", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Your family name", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsedLink_AfterCompletion_LeadsToSignIn_ReturningToTheDestination()
    {
        var invited = await portal.InvitedPatientAsync();
        (await CompleteAsync(portal.Browser(), invited.LinkPath)).Dispose();
        var browser = portal.Browser();

        using var opened = await browser.GetAsync(new Uri(invited.LinkPath, UriKind.Relative));
        using var shown = await browser.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, shown.StatusCode);
        Assert.Equal("/patient-portal/sign-in?returnUrl=%2Fpatient-portal", shown.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TamperedOrRandomToken_ShowsTheInvalidPage_AndChangesNothing()
    {
        var invited = await portal.InvitedPatientAsync();
        var token = invited.Token;
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];
        var random = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var auditBefore = await portal.QueryAsync(db => db.AuditLog.CountAsync());

        foreach (var bad in new[] { tampered, random })
        {
            var browser = portal.Browser();
            using var opened = await browser.GetAsync(new Uri($"{Page}?token={bad}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            using var shown = await browser.GetAsync(new Uri(Page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
            var html = await shown.Content.ReadAsStringAsync();
            Assert.Contains("This link is not valid", html, StringComparison.Ordinal);
            Assert.Contains("contact Riverside Private Clinic", html, StringComparison.Ordinal);

            // Steps and "send me a new link" posted with the bad token in the cookie do nothing either.
            (await browser.GetAsync(new Uri($"{Page}?token={bad}", UriKind.Relative))).Dispose();
            var form = await HtmlForm.GetAsync(browser, "/patient-portal/sign-in");
            using var guessed = await PostAsync(browser, form, "confirm-identity", new() { ["familyName"] = FamilyNameOnFile });
            Assert.Equal(HttpStatusCode.BadRequest, guessed.StatusCode);
            Assert.Contains(InvitationPageService.IdentityFailedMessage, await guessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var asked = await PostAsync(browser, form, "new-link", []);
            Assert.Contains("a new link is on its way", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var invitation = await portal.QueryAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.PatientId == invited.PatientId));
        Assert.Null(invitation.OpenedAt);
        Assert.Equal(0, invitation.FailedIdentityChecks);
        Assert.Null(invitation.IdentityVerifiedAt);
        Assert.Equal(InvitationState.Pending, invitation.State(DateTimeOffset.UtcNow));
        Assert.Equal(auditBefore, await portal.QueryAsync(db => db.AuditLog.CountAsync()));
        await Task.Delay(500);
        Assert.Single(await portal.Mail.EmailsToAsync(invited.Email));
    }

    [Fact]
    public async Task StepPostedAfterTheLinkCookieRanOut_AsksToOpenTheLinkAgain_WithoutCountingAFailure()
    {
        var invited = await portal.InvitedPatientAsync();
        var browser = portal.Browser();
        var page = await OpenAsync(browser, invited.LinkPath);
        // The cookie expires after 30 minutes; a fresh browser with the same form is the same thing.
        var expired = portal.Browser();
        var form = await HtmlForm.GetAsync(expired, "/patient-portal/sign-in");

        using var posted = await PostAsync(expired, form, "confirm-identity", new() { ["familyName"] = FamilyNameOnFile });
        using var reloaded = await expired.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("Please open your link again", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, reloaded.StatusCode);
        Assert.Contains("Please open your link again", await reloaded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await portal.QueryAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.PatientId == invited.PatientId))).FailedIdentityChecks);
        Assert.Contains("Your family name", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordReset_ForAPatientWithAnAccount_SkipsThePolicyAlreadyAccepted_AndOnlyTheNewPasswordSignsIn()
    {
        var invited = await portal.InvitedPatientAsync();
        (await CompleteAsync(portal.Browser(), invited.LinkPath)).Dispose();

        var earlier = await LinksToAsync(portal, invited.Email);
        var reset = await portal.InviteAsync(invited.PatientId);
        var resetLink = await NewLinkAsync(portal, invited.Email, earlier);

        Assert.Equal("ResetSent", reset.GetProperty("outcome").GetString());
        var email = (await portal.Mail.EmailsToAsync(invited.Email)).Single(e => InvitationLink.PathOf(e) == resetLink);
        Assert.Contains("Reset your", email.Subject, StringComparison.Ordinal);
        Assert.Contains("expires in 15 minutes", email.Text, StringComparison.Ordinal);

        var browser = portal.Browser();
        var page = await OpenAsync(browser, resetLink);
        page = await StepAsync(browser, page, "confirm-identity", new() { ["familyName"] = "OHIGGINS" });
        const string newPassword = "copper kettle evening stroll";
        using var chosen = await PostAsync(browser, page, "password", new() { ["password"] = newPassword });

        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/patient-portal", chosen.Headers.Location?.OriginalString);
        Assert.Contains("Welcome, Mary", await browser.GetStringAsync(new Uri("/patient-portal", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(1, await portal.QueryAsync(db => db.AuditLog.CountAsync(a => a.SubjectId == invited.PatientId && a.Action == "password-reset.completed")));

        using var withNew = await PortalScenario.SignInAsync(portal.Browser(), invited.Email, newPassword);
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
        Assert.Equal("/patient-portal", withNew.Headers.Location?.OriginalString);
        using var withOld = await PortalScenario.SignInAsync(portal.Browser(), invited.Email, Password);
        Assert.Equal(HttpStatusCode.BadRequest, withOld.StatusCode);
    }

    [Fact]
    public async Task TwoCompletionsAtOnce_MakeOneAccount_OneIsSignedInHome_TheOtherIsSentToSignIn()
    {
        var invited = await portal.InvitedPatientAsync();
        // Two tabs of one browser: the same cookies, the same form.
        var cookies = new CookieContainer();
        var first = portal.CreateDefaultClient(new CookieContainerHandler(cookies));
        var second = portal.CreateDefaultClient(new CookieContainerHandler(cookies));
        var page = await UpToPrivacyPolicyAsync(first, invited.LinkPath);

        var answers = await Task.WhenAll(
            PostAsync(first, page, "privacy", new() { ["acceptPrivacyPolicy"] = "true" }),
            PostAsync(second, page, "privacy", new() { ["acceptPrivacyPolicy"] = "true" }));

        var locations = answers.Select(answer => answer.Headers.Location?.OriginalString).Order(StringComparer.Ordinal).ToList();
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode));
        Assert.Equal(["/patient-portal", "/patient-portal/sign-in?returnUrl=%2Fpatient-portal"], locations);
        Assert.Equal(1, await portal.QueryAsync(db => db.Patients.CountAsync(p => p.EmailKey == invited.Email)));
        Assert.Equal(1, await portal.QueryAsync(db => db.AuditLog.CountAsync(a => a.SubjectId == invited.PatientId && a.Action == "invitation.completed")));
        Assert.Equal(AccountStatus.Active, (await PatientAsync(invited.PatientId)).Account.Status);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task LinkDecidesWhenItIsOpened_AnOlderLinkOfAPatientWhoHasAnAccountByNow_LeadsToSignIn()
    {
        var invited = await portal.InvitedPatientAsync();
        var second = await portal.InviteAndReadLinkAsync(invited.PatientId, invited.Email);
        (await CompleteAsync(portal.Browser(), second)).Dispose();

        var browser = portal.Browser();
        using var opened = await browser.GetAsync(new Uri(invited.LinkPath, UriKind.Relative));
        using var shown = await browser.GetAsync(new Uri(Page, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, shown.StatusCode);
        Assert.Equal("/patient-portal/sign-in?returnUrl=%2Fpatient-portal", shown.Headers.Location?.OriginalString);
    }

    private Task<Patient> PatientAsync(Guid id) => portal.QueryAsync(db => db.Patients.AsNoTracking().SingleAsync(p => p.Id == id));
}
