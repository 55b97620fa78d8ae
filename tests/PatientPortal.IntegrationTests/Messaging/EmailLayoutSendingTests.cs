using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>
/// Every email goes out in the practice's layout, put round it when it is sent: through the real outbox, jobs
/// and SMTP (maildev), with the contact details of website/appsettings.json.
/// </summary>
public sealed class EmailLayoutSendingTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    private const string Templates = "/umbraco/management/api/v1/patient-portal/templates";

    [Fact]
    public async Task AnInvitation_ArrivesAsAnHtmlDocumentInTheLayout_WithItsButton_AndATextPartWithTheFooter()
    {
        var invited = await portal.InvitedPatientAsync();

        var email = Assert.Single(await portal.Mail.EmailsToAsync(invited.Email));
        var html = email.Html ?? string.Empty;
        Assert.StartsWith("<!doctype html>\n<html lang=\"en-GB\">", html.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"<title>{email.Subject}</title>", html, StringComparison.Ordinal);
        Assert.Matches("<td align=\"center\" bgcolor=\"#0B5CAB\"[^>]*><a [^>]*href=\"http://localhost/patient-portal/invitation\\?token=[A-Za-z0-9_-]{43}\">Set up my account</a>", html);
        Assert.Contains("Kind regards,<br>The team at Riverside Private Clinic", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:reception@riverside-clinic.example\"", html, StringComparison.Ordinal);

        var text = (email.Text ?? string.Empty).ReplaceLineEndings("\n");
        Assert.Matches("\nSet up my account: http://localhost/patient-portal/invitation\\?token=[A-Za-z0-9_-]{43}\n", text);
        Assert.Contains("\nPhone: 020 7946 0000\n", text, StringComparison.Ordinal);
        Assert.Contains("\nOpening hours: Monday to Friday, 8:00 to 18:30; Saturday, 9:00 to 13:00\n", text, StringComparison.Ordinal);
        Assert.Contains("You are getting this email because Riverside Private Clinic invited you to its patient portal.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditedLayout_IsTheOneTheNextEmailGoesIn_AndTheOutboxKeepsOnlyTheMessage()
    {
        var admin = await portal.AdminAsync();
        var layout = await admin.GetJsonAsync($"{Templates}/EmailLayout/Email");
        var version = layout.GetProperty("version").GetInt32();
        using (var saved = await admin.PutAsJsonAsync($"{Templates}/EmailLayout/Email", new
        {
            subject = (string?)null,
            body = "<div style=\"max-width:600px;\"><p>For {{ patient.given_name }}, from {{ practice.name }}</p>{{ content }}<p>{{ message.reason }}</p></div>",
            expectedVersion = version,
        }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        try
        {
            var invited = await portal.InvitedPatientAsync();

            var email = Assert.Single(await portal.Mail.EmailsToAsync(invited.Email));
            Assert.Contains("<div style=\"max-width:600px;\"><p>For Mary, from Riverside Private Clinic</p><p>Dear Mary,</p>", email.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("Kind regards", email.Html, StringComparison.Ordinal);
            var stored = await portal.QueryAsync(db => db.OutboxMessages.Where(m => m.PatientId == invited.PatientId).Select(m => m.HtmlBody).SingleAsync());
            Assert.StartsWith("<p>Dear Mary,</p>", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("For Mary", stored, StringComparison.Ordinal);
        }
        finally
        {
            using var reverted = await admin.PostAsJsonAsync($"{Templates}/EmailLayout/Email/versions/{version}/revert", new { expectedVersion = version + 1 });
            Assert.Equal(HttpStatusCode.OK, reverted.StatusCode);
        }
    }

    [Fact]
    public async Task TheLayout_IsListedEditedAndPreviewedLikeATemplate_ButHasNoSms()
    {
        var admin = await portal.AdminAsync();

        var listed = Assert.Single((await admin.GetJsonAsync(Templates)).EnumerateArray(), t => t.GetProperty("purpose").GetString() == "EmailLayout");
        using var preview = await admin.PostAsJsonAsync($"{Templates}/EmailLayout/Email/preview", new { });
        using var sms = await admin.GetAsync(new Uri($"{Templates}/EmailLayout/Sms", UriKind.Relative));
        using var smsPreview = await admin.PostAsJsonAsync($"{Templates}/EmailLayout/Sms/preview", new { });
        using var smsSave = await admin.PutAsJsonAsync($"{Templates}/EmailLayout/Sms", new { body = "{{ content }}", expectedVersion = 1 });

        Assert.Equal("Email", listed.GetProperty("channel").GetString());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("<!doctype html>", shown.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains(">Set up my account</a>", shown.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("Dear Alexandra,", shown.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { sms.StatusCode, smsPreview.StatusCode, smsSave.StatusCode });
    }

    [Fact]
    public async Task APreviewOfAMessage_ShowsItInTheLayout_AsItWouldBeSent()
    {
        var admin = await portal.AdminAsync();

        using var preview = await admin.PostAsJsonAsync($"{Templates}/Recall/Email/preview", new { });

        var shown = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("<!doctype html>", shown.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains(">Set up my account and book</a>", shown.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("You are getting this email because you are a patient of Riverside Private Clinic and are due for an appointment.", shown.GetProperty("text").GetString(), StringComparison.Ordinal);
    }
}
