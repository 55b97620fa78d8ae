using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.IntegrationTests.Invitations;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Templates;

/// <summary>Message templates through the management API, with real email delivery for the invitation that uses a saved text.</summary>
public sealed class TemplateApiTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    private const string Url = "/umbraco/management/api/v1/patient-portal/templates";

    [Fact]
    public async Task AnonymousCalls_AreUnauthorized()
    {
        var anonymous = portal.Browser();

        using var list = await anonymous.GetAsync(new Uri(Url, UriKind.Relative));
        using var save = await anonymous.PutAsJsonAsync($"{Url}/Recall/Sms", new { body = "x", expectedVersion = 1 });
        using var preview = await anonymous.PostAsJsonAsync($"{Url}/Recall/Sms/preview", new { });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], new[] { list.StatusCode, save.StatusCode, preview.StatusCode });
    }

    [Fact]
    public async Task List_HasAnEmailAndAnSmsForEveryPurpose()
    {
        var templates = await (await portal.AdminAsync()).GetJsonAsync(Url);

        Assert.Equal(
            Enum.GetValues<PatientPortal.Core.Templates.TemplatePurpose>().Sum(purpose => Enum.GetValues<PatientPortal.Core.Messaging.MessageChannel>().Count(channel => PatientPortal.Core.Templates.TemplatePurposes.Has(purpose, channel))),
            templates.GetArrayLength());
        var invitation = templates.EnumerateArray().Single(t => t.GetProperty("purpose").GetString() == "PortalInvitation" && t.GetProperty("channel").GetString() == "Email");
        Assert.Contains("{{ link }}", invitation.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedSave_AnswersEveryProblemWithItsPlace_AndChangesNothing()
    {
        var admin = await portal.AdminAsync();
        var before = await admin.GetJsonAsync($"{Url}/Recall/Email");

        using var response = await admin.PutAsJsonAsync($"{Url}/Recall/Email", new
        {
            subject = "Book your {{ service.name }}",
            body = "<p>Hi {{ patient.givn_name }}</p>\n<p><a href=\"{{ TRD104 }}\" onclick=\"steal()\">Pay</a></p>",
            expectedVersion = before.GetProperty("version").GetInt32(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var body = problem.GetProperty("errors").GetProperty("body").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("Line 1, column 10: 'patient.givn_name' is not a token. Did you mean 'patient.given_name'?", body);
        Assert.Contains("Line 2, column 16: TRD104 needs an appointment: it is only available in the payment-in-advance template.", body);
        Assert.Contains(body, message => message!.StartsWith("Line 2, column 4: The event handler 'onclick'", StringComparison.Ordinal));
        var located = problem.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("field").GetString(), p.GetProperty("line").GetInt32(), p.GetProperty("column").GetInt32(), p.GetProperty("kind").GetString()))
            .ToList();
        Assert.Contains(("body", 2, 16, "TokenNotAllowed"), located);
        Assert.Contains(("body", 1, 10, "UnknownToken"), located);

        var after = await admin.GetJsonAsync($"{Url}/Recall/Email");
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Equal(before.GetProperty("body").GetString(), after.GetProperty("body").GetString());
        Assert.Single((await admin.GetJsonAsync($"{Url}/Recall/Email/versions")).EnumerateArray());
    }

    [Fact]
    public async Task SavedText_IsUsedByTheNextInvitationEmailSent()
    {
        var admin = await portal.AdminAsync();
        var current = await admin.GetJsonAsync($"{Url}/PortalInvitation/Email");
        using (var saved = await admin.PutAsJsonAsync($"{Url}/PortalInvitation/Email", new
        {
            subject = "{{ patient.given_name }}, your new portal is ready",
            body = "<p>Edited invitation for {{ patient.given_name }}.</p>\n<p><a href=\"{{ link }}\">Start here</a> within {{ link_expires_in }}.</p>",
            expectedVersion = current.GetProperty("version").GetInt32(),
        }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            var template = await saved.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(current.GetProperty("version").GetInt32() + 1, template.GetProperty("version").GetInt32());
            Assert.Equal("admin", template.GetProperty("updatedBy").GetString());
        }

        var invited = await portal.InvitedPatientAsync();

        var email = Assert.Single(await portal.Mail.EmailsToAsync(invited.Email));
        Assert.Equal("Mary, your new portal is ready", email.Subject);
        Assert.Contains("Edited invitation for Mary.", email.Html, StringComparison.Ordinal);
        Assert.Contains("within 3 days", email.Text, StringComparison.Ordinal);
        Assert.Matches("/patient-portal/invitation\\?token=[A-Za-z0-9_-]{43}", invited.LinkPath);
        var versions = await admin.GetJsonAsync($"{Url}/PortalInvitation/Email/versions");
        Assert.Equal("admin", versions[0].GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task SaveFromAStaleVersion_IsAConflict()
    {
        var admin = await portal.AdminAsync();
        var current = (await admin.GetJsonAsync($"{Url}/SignUpConfirmation/Sms")).GetProperty("version").GetInt32();
        using (var first = await admin.PutAsJsonAsync($"{Url}/SignUpConfirmation/Sms", new { body = "Confirm: {{ link }}", expectedVersion = current }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await admin.PutAsJsonAsync($"{Url}/SignUpConfirmation/Sms", new { body = "Please confirm: {{ link }}", expectedVersion = current });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Confirm: {{ link }}", (await admin.GetJsonAsync($"{Url}/SignUpConfirmation/Sms")).GetProperty("body").GetString());
    }

    [Fact]
    public async Task Revert_RestoresAnEarlierText_AsANewVersion()
    {
        var admin = await portal.AdminAsync();
        var original = await admin.GetJsonAsync($"{Url}/PasswordReset/Sms");
        var version = original.GetProperty("version").GetInt32();
        (await admin.PutAsJsonAsync($"{Url}/PasswordReset/Sms", new { body = "New password: {{ link }}", expectedVersion = version })).Dispose();

        using var reverted = await admin.PostAsJsonAsync($"{Url}/PasswordReset/Sms/versions/{version}/revert", new { expectedVersion = version + 1 });

        Assert.Equal(HttpStatusCode.OK, reverted.StatusCode);
        var template = await reverted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version + 2, template.GetProperty("version").GetInt32());
        Assert.Equal(original.GetProperty("body").GetString(), template.GetProperty("body").GetString());
        var newest = (await admin.GetJsonAsync($"{Url}/PasswordReset/Sms/versions"))[0];
        Assert.Equal($"Reverted to version {version}", newest.GetProperty("note").GetString());
        using var missing = await admin.PostAsJsonAsync($"{Url}/PasswordReset/Sms/versions/99/revert", new { });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Preview_SendsNothing_AndCreatesNoInvitation()
    {
        var admin = await portal.AdminAsync();
        var email = Registration.UniqueEmail();
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email, mobile: "+447700900123");
        var rowsBefore = await RowCountsAsync();

        using var sms = await admin.PostAsJsonAsync($"{Url}/PaymentInAdvance/Sms/preview", new { body = "{{ practice.name }}: pay {{ appointment.amount }} here {{ TRD104 }} 😀" });
        using var mail = await admin.PostAsJsonAsync($"{Url}/PortalInvitation/Email/preview", new { patientId });

        Assert.Equal(HttpStatusCode.OK, sms.StatusCode);
        var smsPreview = await sms.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("/patient-portal/invitation?token=PREVIEW-", smsPreview.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Ucs2", smsPreview.GetProperty("sms").GetProperty("encoding").GetString());
        Assert.Equal(3, smsPreview.GetProperty("sms").GetProperty("segments").GetInt32());
        Assert.Equal(HttpStatusCode.OK, mail.StatusCode);
        var mailPreview = await mail.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Mary", mailPreview.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Contains("token=PREVIEW-", mailPreview.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(mailPreview.GetProperty("subject").GetString()));

        Assert.Equal(rowsBefore, await RowCountsAsync());
        await Task.Delay(500);
        Assert.Empty(await portal.Mail.EmailsToAsync(email));
    }

    [Fact]
    public async Task PreviewOfTextThatDoesNotParse_IsALocatedProblem()
    {
        using var response = await (await portal.AdminAsync()).PostAsJsonAsync($"{Url}/Recall/Sms/preview", new { body = "Hi\n{% if patient.has_account %}yes" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")[0];
        Assert.Equal("Syntax", problem.GetProperty("kind").GetString());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task PreviewOfAHugeRange_IsRefusedAtTheRange()
    {
        using var response = await (await portal.AdminAsync()).PostAsJsonAsync($"{Url}/Recall/Sms/preview", new { body = "Hi\n{% for i in (1..10000000) %}x{% endfor %}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray());
        Assert.Equal(("RenderFailed", 2, 13), (problem.GetProperty("kind").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
    }

    [Fact]
    public async Task SaveOfAJavascriptLinkPrintedByLiquid_IsRefusedWhereItIsWritten()
    {
        var admin = await portal.AdminAsync();
        var before = await admin.GetJsonAsync($"{Url}/Recall/Email");

        using var response = await admin.PutAsJsonAsync($"{Url}/Recall/Email", new
        {
            subject = "Book your {{ service.name }}",
            body = "<p>Hi {{ patient.given_name }}</p>\n<p><a href=\"{{ 'javascript:alert(1)' }}\">Book</a></p>",
            expectedVersion = before.GetProperty("version").GetInt32(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("body").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["Line 2, column 4: The address 'javascript:alert(1)' in 'href' on <a> is not allowed (only http:, https:, mailto: and tel: links) and would be removed."], body);
    }

    [Fact]
    public async Task Tokens_ForAPurpose_ListOnlyWhatItAllows_WithSamples()
    {
        var tokens = await (await portal.AdminAsync()).GetJsonAsync($"{Url}/tokens?purpose=Recall");

        var names = tokens.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("TRD89", names);
        Assert.Contains("TRD92", names);
        Assert.DoesNotContain("TRD104", names);
        Assert.DoesNotContain("link", names);
        var service = tokens.EnumerateArray().Single(t => t.GetProperty("name").GetString() == "service.name");
        Assert.False(string.IsNullOrEmpty(service.GetProperty("sample").GetString()));
    }

    private Task<(int Invitations, int Outbox)> RowCountsAsync() =>
        portal.QueryAsync(async db => (await db.Invitations.CountAsync(), await db.OutboxMessages.CountAsync()));
}
