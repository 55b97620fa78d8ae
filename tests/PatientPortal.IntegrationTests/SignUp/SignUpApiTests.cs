using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Patients;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.SignUp;

/// <summary>The same flow for a headless front end, as JSON.</summary>
public sealed class SignUpApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task JsonSignUp_ConfirmAndSignIn_ActivateTheAccount()
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail();
        var client = portal.Browser();

        using var checkedCode = await client.PostAsJsonAsync("/patient-portal/api/sign-up/invite-code", new { inviteCode = code });
        using var accepted = await client.PostAsJsonAsync("/patient-portal/api/sign-up", Body(code, email));
        var token = PortalScenario.ConfirmationToken(Assert.Single(await portal.Mail.WaitForEmailsAsync(email)));
        using var confirmed = await client.PostAsJsonAsync("/patient-portal/api/confirm-email", new { token });
        using var signedIn = await client.PostAsJsonAsync("/patient-portal/api/sign-in", new { email, password = Registration.Password });

        Assert.Equal(HttpStatusCode.OK, checkedCode.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("signedIn", (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith(".PatientPortal.Patient=", StringComparison.Ordinal));
        Assert.Equal(AccountStatus.Active, (await portal.QueryAsync(db => db.Patients.SingleAsync(p => p.EmailKey == email))).Account.Status);
    }

    [Fact]
    public async Task JsonSignUp_WithBadFields_ReturnsEveryProblem_AndCreatesNothing()
    {
        var code = await portal.NewInviteCodeAsync();
        var before = await portal.PatientCountAsync();

        using var response = await portal.Browser().PostAsJsonAsync("/patient-portal/api/sign-up", new
        {
            inviteCode = code,
            givenName = "Orla",
            familyName = "Byrne",
            dateOfBirth = "1990-01-01",
            email = "orla@",
            mobile = "000",
            password = "password",
            acceptPrivacyPolicy = false,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "email", "mobile", "password", "acceptPrivacyPolicy" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No error for {field}.");
        }

        Assert.Equal(before, await portal.PatientCountAsync());
    }

    [Fact]
    public async Task JsonInviteCode_Unknown_IsTheGenericProblem()
    {
        using var response = await portal.Browser().PostAsJsonAsync("/patient-portal/api/sign-up/invite-code", new { inviteCode = "Nobody123" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("This invite code is not valid", problem.GetProperty("errors").GetProperty("inviteCode")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayedJsonConfirmation_IsRefused()
    {
        var code = await portal.NewInviteCodeAsync();
        var email = Registration.UniqueEmail();
        var client = portal.Browser();
        (await client.PostAsJsonAsync("/patient-portal/api/sign-up", Body(code, email))).Dispose();
        var token = PortalScenario.ConfirmationToken(Assert.Single(await portal.Mail.WaitForEmailsAsync(email)));

        using var first = await client.PostAsJsonAsync("/patient-portal/api/confirm-email", new { token });
        using var second = await client.PostAsJsonAsync("/patient-portal/api/confirm-email", new { token });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Fact]
    public async Task JsonSignUp_WithHiddenCharactersInTheNames_OrAnIpLiteralEmail_Is400WithFieldMessages_AndSavesNothing()
    {
        var code = await portal.NewInviteCodeAsync();
        var before = await portal.PatientCountAsync();
        var body = Body(code, "a@[127.0.0.1]");
        body["givenName"] = "Orla\u202E";
        body["familyName"] = "Byr\u0000ne\u200B";
        body["title"] = "Ms\uFEFF";

        using var response = await portal.Browser().PostAsJsonAsync("/patient-portal/api/sign-up", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["email", "familyName", "givenName", "title"], errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
        Assert.StartsWith("Your given name contains a character that cannot be seen", errors.GetProperty("givenName")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await portal.PatientCountAsync());
    }

    private static Dictionary<string, object> Body(string code, string email) =>
        Registration.Valid(code, email).ToDictionary(pair => pair.Key, pair => pair.Key == "acceptPrivacyPolicy" ? (object)true : pair.Value);
}
