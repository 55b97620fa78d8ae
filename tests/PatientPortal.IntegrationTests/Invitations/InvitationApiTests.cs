using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Patients;
using PatientPortal.IntegrationTests.Support;
using static PatientPortal.IntegrationTests.Invitations.InvitationPageScenario;

namespace PatientPortal.IntegrationTests.Invitations;

/// <summary>The invitation page's JSON twin under /patient-portal/api/invitation, for headless front ends.</summary>
public sealed class InvitationApiTests(EmailInvitationsPortalFactory portal) : IClassFixture<EmailInvitationsPortalFactory>
{
    private const string Api = "/patient-portal/api/invitation";

    [Fact]
    public async Task InvitationThroughTheApi_EndsSignedIn_AndAWrongFamilyNameIsAProblemWithThePageMessage()
    {
        var invited = await portal.InvitedPatientAsync();
        var client = portal.Browser();
        var token = invited.Token;

        var opened = await OkAsync(client, "open", new { token });
        Assert.Equal("ConfirmIdentity", opened.GetProperty("step").GetString());
        Assert.Equal("PortalAccess", opened.GetProperty("purpose").GetString());
        Assert.Equal("Pending", opened.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, opened.GetProperty("targetPath").ValueKind);

        using (var wrong = await client.PostAsJsonAsync($"{Api}/confirm-identity", new { token, familyName = "Smith" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
            var problem = await wrong.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(InvitationPageService.IdentityFailedMessage, problem.GetProperty("errors").GetProperty("familyName")[0].GetString());
        }

        var confirmed = await OkAsync(client, "confirm-identity", new { token, familyName = "o'higgins" });
        Assert.Equal("ChoosePassword", confirmed.GetProperty("step").GetString());
        Assert.Equal(15, confirmed.GetProperty("minimumPasswordLength").GetInt32());

        using (var tooShort = await client.PostAsJsonAsync($"{Api}/password", new { token, password = "short" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
            Assert.True((await tooShort.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
        }

        var chosen = await OkAsync(client, "password", new { token, password = Password });
        Assert.Equal("AcceptPrivacyPolicy", chosen.GetProperty("step").GetString());
        Assert.Equal("2026-01", chosen.GetProperty("privacyPolicyVersion").GetString());

        using (var declined = await client.PostAsJsonAsync($"{Api}/privacy", new { token, acceptPrivacyPolicy = false }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, declined.StatusCode);
            var problem = await declined.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(InvitationPageService.PrivacyPolicyRequiredMessage, problem.GetProperty("errors").GetProperty("acceptPrivacyPolicy")[0].GetString());
        }

        var completed = await OkAsync(client, "privacy", new { token, acceptPrivacyPolicy = true });
        Assert.Equal("Completed", completed.GetProperty("step").GetString());
        Assert.Equal("/patient-portal", completed.GetProperty("redirectTo").GetString());
        Assert.Contains("Welcome, Mary O&#x27;Higgins", await client.GetStringAsync(new Uri("/patient-portal", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Active, (await portal.QueryAsync(db => db.Patients.AsNoTracking().SingleAsync(p => p.Id == invited.PatientId))).Account.Status);

        // Used: the link now leads to sign-in.
        var again = await OkAsync(portal.Browser(), "open", new { token });
        Assert.Equal("SignIn", again.GetProperty("step").GetString());
        Assert.Equal("/patient-portal/sign-in?returnUrl=%2Fpatient-portal", again.GetProperty("redirectTo").GetString());
    }

    [Fact]
    public async Task UnknownToken_IsAProblem_AndNewLinkAnswersTheSameWhateverTheToken()
    {
        var invited = await portal.InvitedPatientAsync();
        var client = portal.Browser();

        using var unknown = await client.PostAsJsonAsync($"{Api}/open", new { token = new string('A', 43) });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);

        using var forUnknown = await client.PostAsJsonAsync($"{Api}/new-link", new { token = new string('A', 43) });
        using var forPending = await client.PostAsJsonAsync($"{Api}/new-link", new { token = invited.Token });
        Assert.Equal(HttpStatusCode.Accepted, forUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, forPending.StatusCode);
        Assert.Equal(await forUnknown.Content.ReadAsStringAsync(), await forPending.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement> OkAsync(HttpClient client, string step, object body)
    {
        using var response = await client.PostAsJsonAsync($"{Api}/{step}", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
