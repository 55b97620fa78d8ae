using System.Net;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Portal.MyDetails;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal.MyDetails;

/// <summary>Message preferences on my details: consent per channel, which the messaging code already honours.</summary>
public sealed class MessagePreferencesTests(LightHashingPortalFactory portal) : IClassFixture<LightHashingPortalFactory>
{
    [Fact]
    public async Task TurningEmailOff_IsSavedAndAudited_AndThePracticeCanNoLongerEmailAResetLink()
    {
        var (email, id) = await portal.PatientAsync(mobile: "+447700900444");
        var browser = await portal.SignedInAsync(email);

        using var saved = await MyDetailsScenario.PostAsync(browser, "messages", new() { ["smsConsent"] = "true" });
        var page = await MyDetailsScenario.TextAsync(await browser.GetAsync(new Uri(saved.Headers.Location!.OriginalString, UriKind.Relative)));
        // The site sends invitations and resets by email only (appsettings.json): with email off there is no way left.
        using var reset = await (await portal.AdminAsync()).PostAsync(new Uri($"/umbraco/management/api/v1/patient-portal/patients/{id}/invitations", UriKind.Relative), null);

        Assert.Equal("/patient-portal/my-details?saved=messages#messages", saved.Headers.Location?.OriginalString);
        Assert.Contains("Your message preferences are saved.", page, StringComparison.Ordinal);
        Assert.Matches("id=\"emailConsent\" name=\"emailConsent\" value=\"true\"\\s+aria-invalid", page);
        Assert.Matches("id=\"smsConsent\" name=\"smsConsent\" value=\"true\" checked=\"checked\"", page);
        Assert.Equal((false, true), await ConsentAsync(id));
        Assert.Contains("account.message-preferences-changed", await portal.AuditActionsAsync(id));
        Assert.Equal(HttpStatusCode.Conflict, reset.StatusCode);
        Assert.Contains(InvitationService.SkipMessage(InviteOutcome.SkippedNoConsent), await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await portal.QueryAsync(db => db.OutboxMessages.CountAsync(message => message.PatientId == id)));
    }

    [Fact]
    public async Task TextsWithoutAMobile_AreRefusedNextToTheBox_AndNothingChanges()
    {
        var (email, id) = await portal.PatientAsync();
        var browser = await portal.SignedInAsync(email);

        using var response = await MyDetailsScenario.PostAsync(browser, "messages", new() { ["smsConsent"] = "true" });
        var page = await MyDetailsScenario.TextAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"<p class=\"field-error\" id=\"smsConsent-error\">{MessagePreferences.NoMobileMessage}</p>", page, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"smsConsent-error\"", page, StringComparison.Ordinal);
        Assert.Equal((true, false), await ConsentAsync(id));
        Assert.DoesNotContain("account.message-preferences-changed", await portal.AuditActionsAsync(id));
    }

    [Fact]
    public async Task SavingTheSamePreferences_ChangesNothing_AndSaysSo()
    {
        var (email, id) = await portal.PatientAsync();
        var browser = await portal.SignedInAsync(email);

        using var saved = await MyDetailsScenario.PostAsync(browser, "messages", new() { ["emailConsent"] = "true" });

        Assert.Equal("/patient-portal/my-details?saved=unchanged#messages", saved.Headers.Location?.OriginalString);
        Assert.DoesNotContain("account.message-preferences-changed", await portal.AuditActionsAsync(id));
    }

    private Task<(bool Email, bool Sms)> ConsentAsync(Guid id) =>
        portal.QueryAsync(db => db.Patients.Where(p => p.Id == id).Select(p => ValueTuple.Create(p.EmailConsent, p.SmsConsent)).SingleAsync());
}
