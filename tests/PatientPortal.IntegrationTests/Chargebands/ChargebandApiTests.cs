using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Chargebands;

public sealed class ChargebandApiTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string Url = PortalScenario.ChargebandsUrl;

    [Fact]
    public async Task AnonymousCall_GetsUnauthorized()
    {
        using var response = await portal.Browser().GetAsync(new Uri(Url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_ThenGet_ReturnsBillingRules_AndNoOnlineSettingsYet()
    {
        var admin = await portal.AdminAsync();
        using var created = await admin.PostAsJsonAsync(Url, new { name = "Insured", billingRules = new object[] { new { type = "PatientSelfBook" }, new { type = "Discount", percentage = 10 } } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var chargeband = await admin.GetFromJsonAsync<JsonElement>($"{Url}/{id}");

        Assert.Equal("Insured", chargeband.GetProperty("name").GetString());
        Assert.True(chargeband.GetProperty("allowsPatientSelfBook").GetBoolean());
        Assert.Equal(2, chargeband.GetProperty("billingRules").GetArrayLength());
        Assert.Equal("Discount", chargeband.GetProperty("billingRules")[1].GetProperty("type").GetString());
        Assert.False(chargeband.GetProperty("onlineBooking").GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, chargeband.GetProperty("onlineSettings").ValueKind);
        // Location is a path now (not built from the Host header): read it against the client's address.
        Assert.Equal(new Uri(admin.BaseAddress!, created.Headers.Location!).AbsolutePath, $"{Url}/{id}");
    }

    [Fact]
    public async Task Create_WithoutName_IsAProblemWithTheField_AndCreatesNothing()
    {
        var admin = await portal.AdminAsync();
        var before = (await admin.GetFromJsonAsync<JsonElement>(Url)).GetArrayLength();

        using var response = await admin.PostAsJsonAsync(Url, new { name = "  ", billingRules = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Enter a name for the chargeband.", problem.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonElement>(Url)).GetArrayLength());
    }

    [Fact]
    public async Task Save_WithANullBillingRule_IsAProblemNamingTheEntry_AndChangesNothing()
    {
        var admin = await portal.AdminAsync();
        var existing = await PortalScenario.CreateChargebandAsync(admin);
        var id = existing.GetProperty("id").GetString();
        var before = (await admin.GetFromJsonAsync<JsonElement>(Url)).GetArrayLength();

        using var updated = await admin.PutAsJsonAsync($"{Url}/{id}", new { name = "Renamed", billingRules = new object?[] { new { type = "PatientSelfBook" }, null } });
        using var created = await admin.PostAsJsonAsync(Url, new { name = "Nulls", billingRules = new object?[] { null } });

        foreach (var response in new[] { updated, created })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var errors = (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("billingRules[1]", Assert.Single(errors.EnumerateObject()).Name);
        Assert.Equal("billingRules[1] is null. Send a value there, or leave the entry out.", errors.GetProperty("billingRules[1]")[0].GetString());
        Assert.True((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("billingRules[0]", out _));
        var after = await admin.GetFromJsonAsync<JsonElement>($"{Url}/{id}");
        Assert.Equal(existing.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.Equal(existing.GetProperty("billingRules").GetArrayLength(), after.GetProperty("billingRules").GetArrayLength());
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonElement>(Url)).GetArrayLength());
    }

    [Fact]
    public async Task OnlineSettings_WhileOnlineBookingDisabled_AreRefusedWithConflict()
    {
        var admin = await portal.AdminAsync();
        var id = (await PortalScenario.CreateChargebandAsync(admin)).GetProperty("id").GetString();

        using var response = await admin.PutAsJsonAsync($"{Url}/{id}/online-settings", new { inviteCode = Registration.UniqueCode(), allowOnlineMessaging = true });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("only while online booking is enabled", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, (await admin.GetFromJsonAsync<JsonElement>($"{Url}/{id}")).GetProperty("onlineSettings").ValueKind);
    }

    [Fact]
    public async Task InviteCode_UsedByAnotherChargebandInAnyCase_IsAConflict_AndChangesNothing()
    {
        var admin = await portal.AdminAsync();
        var code = Registration.UniqueCode("Welcome");
        await PortalScenario.CreateOnlineChargebandAsync(admin, code);
        var other = await PortalScenario.CreateOnlineChargebandAsync(admin, Registration.UniqueCode());

        using var response = await admin.PutAsJsonAsync($"{Url}/{other}/online-settings", new { inviteCode = code.ToUpperInvariant(), allowOnlineMessaging = false });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("already used by another chargeband", problem.GetProperty("errors").GetProperty("inviteCode")[0].GetString(), StringComparison.Ordinal);
        var unchanged = await admin.GetFromJsonAsync<JsonElement>($"{Url}/{other}");
        Assert.NotEqual(code.ToUpperInvariant(), unchanged.GetProperty("onlineSettings").GetProperty("inviteCode").GetString());
        Assert.True(unchanged.GetProperty("onlineSettings").GetProperty("allowOnlineMessaging").GetBoolean());
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("has space")]
    [InlineData("émoji✓code")]
    public async Task InviteCode_Malformed_IsExplained(string code)
    {
        var admin = await portal.AdminAsync();
        var id = await PortalScenario.CreateOnlineChargebandAsync(admin, Registration.UniqueCode());

        using var response = await admin.PutAsJsonAsync($"{Url}/{id}/online-settings", new { inviteCode = code, allowOnlineMessaging = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("inviteCode", out _));
    }

    [Fact]
    public async Task GuessableCode_IsRefusedWithWhyAndAMarker_AndChangesNothing_UntilTheAdminAcceptsTheWarning()
    {
        var admin = await portal.AdminAsync();
        var id = await PortalScenario.CreateOnlineChargebandAsync(admin, Registration.UniqueCode());
        var guessable = $"Autumn{Random.Shared.Next(100_000, 1_000_000)}";

        using var refused = await admin.PutAsJsonAsync($"{Url}/{id}/online-settings", new { inviteCode = guessable, allowOnlineMessaging = true });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var unchanged = await admin.GetFromJsonAsync<JsonElement>($"{Url}/{id}");
        using var accepted = await admin.PutAsJsonAsync($"{Url}/{id}/online-settings", new { inviteCode = guessable, allowOnlineMessaging = true, acceptGuessableInviteCode = true });
        var audit = await admin.GetFromJsonAsync<JsonElement>($"/umbraco/management/api/v1/patient-portal/audit-log?subjectType=chargeband&subjectId={id}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(problem.GetProperty("guessableInviteCode").GetBoolean());
        Assert.Contains("accept the warning", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("a word and a number", problem.GetProperty("errors").GetProperty("inviteCode")[0].GetString(), StringComparison.Ordinal);
        Assert.NotEqual(guessable, unchanged.GetProperty("onlineSettings").GetProperty("inviteCode").GetString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(guessable, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("onlineSettings").GetProperty("inviteCode").GetString());
        Assert.Contains(audit.EnumerateArray(), entry => entry.GetProperty("details").GetString()!.Contains("accepting the warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TooShortCode_IsRefused_EvenWhenTheWarningIsAccepted()
    {
        var admin = await portal.AdminAsync();
        var id = await PortalScenario.CreateOnlineChargebandAsync(admin, Registration.UniqueCode());

        using var response = await admin.PutAsJsonAsync($"{Url}/{id}/online-settings", new { inviteCode = "K7PQM3X", allowOnlineMessaging = true, acceptGuessableInviteCode = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("at least 8 characters", problem.GetProperty("errors").GetProperty("inviteCode")[0].GetString(), StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("guessableInviteCode", out _));
    }

    [Fact]
    public async Task GeneratedCode_IsTenUnambiguousCharacters_AndSavesWithoutAWarning()
    {
        var admin = await portal.AdminAsync();
        var id = await PortalScenario.CreateOnlineChargebandAsync(admin, Registration.UniqueCode());

        var generated = (await admin.GetFromJsonAsync<JsonElement>($"{Url}/generated-invite-code")).GetProperty("inviteCode").GetString()!;
        using var saved = await admin.PutAsJsonAsync($"{Url}/{id}/online-settings", new { inviteCode = generated, allowOnlineMessaging = true });

        Assert.Matches("^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}$", generated);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Fact]
    public async Task InviteCodeControls_AreStored_AndShown()
    {
        var admin = await portal.AdminAsync();
        var code = Registration.UniqueCode();
        var id = await PortalScenario.CreateOnlineChargebandAsync(admin, code, settings: new
        {
            inviteCode = code,
            allowOnlineMessaging = true,
            inviteCodeValidFrom = "2026-01-01",
            inviteCodeValidUntil = "2099-12-31",
            inviteCodeUsageCap = 50,
            acceptGuessableInviteCode = true,
        });

        var settings = (await admin.GetFromJsonAsync<JsonElement>($"{Url}/{id}")).GetProperty("onlineSettings");

        Assert.Equal("2026-01-01", settings.GetProperty("inviteCodeValidFrom").GetString());
        Assert.Equal("2099-12-31", settings.GetProperty("inviteCodeValidUntil").GetString());
        Assert.Equal(50, settings.GetProperty("inviteCodeUsageCap").GetInt32());
        Assert.Equal(0, settings.GetProperty("inviteCodeSignUpCount").GetInt32());
        Assert.True(settings.GetProperty("inviteCodeAcceptingSignUps").GetBoolean());
    }

    [Fact]
    public async Task AllowAndNotify_IsRecorded_AsInvitingCurrentAndFuturePatients()
    {
        var admin = await portal.AdminAsync();
        var notify = await PortalScenario.CreateOnlineChargebandAsync(admin, Registration.UniqueCode(), "AllowAndNotify");
        var quiet = await PortalScenario.CreateOnlineChargebandAsync(admin, Registration.UniqueCode(), "AllowWithNoNotifications");

        var notifying = (await admin.GetFromJsonAsync<JsonElement>($"{Url}/{notify}")).GetProperty("onlineBooking");
        var silent = (await admin.GetFromJsonAsync<JsonElement>($"{Url}/{quiet}")).GetProperty("onlineBooking");

        Assert.Equal("AllowAndNotify", notifying.GetProperty("accessMode").GetString());
        Assert.True(notifying.GetProperty("invitesCurrentAndFuturePatients").GetBoolean());
        Assert.Equal("AllowWithNoNotifications", silent.GetProperty("accessMode").GetString());
        Assert.False(silent.GetProperty("invitesCurrentAndFuturePatients").GetBoolean());
    }

    [Fact]
    public async Task DisablingOnlineBooking_KeepsTheSettings_ButStopsTheCode()
    {
        var admin = await portal.AdminAsync();
        var code = Registration.UniqueCode();
        var id = await PortalScenario.CreateOnlineChargebandAsync(admin, code, "AllowAndNotify");

        using var disabled = await admin.PostAsync(new Uri($"{Url}/{id}/online-booking/disable", UriKind.Relative), null);
        var chargeband = await disabled.Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(chargeband.GetProperty("onlineBooking").GetProperty("enabled").GetBoolean());
        Assert.False(chargeband.GetProperty("onlineBooking").GetProperty("invitesCurrentAndFuturePatients").GetBoolean());
        Assert.Equal(code, chargeband.GetProperty("onlineSettings").GetProperty("inviteCode").GetString());
        Assert.False(chargeband.GetProperty("onlineSettings").GetProperty("inviteCodeAcceptingSignUps").GetBoolean());
    }

    [Fact]
    public async Task Delete_RefusesAChargebandWithPatients_AndDeletesAnEmptyOne()
    {
        var admin = await portal.AdminAsync();
        var code = Registration.UniqueCode();
        var used = await PortalScenario.CreateOnlineChargebandAsync(admin, code);
        (await PortalScenario.SignUpAsync(portal.Browser(), Registration.Valid(code, Registration.UniqueEmail()))).Dispose();
        var empty = (await PortalScenario.CreateChargebandAsync(admin, "Temporary")).GetProperty("id").GetString();

        using var refused = await admin.DeleteAsync(new Uri($"{Url}/{used}", UriKind.Relative));
        using var deleted = await admin.DeleteAsync(new Uri($"{Url}/{empty}", UriKind.Relative));
        using var gone = await admin.GetAsync(new Uri($"{Url}/{empty}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheManagementApi()
    {
        // The document is for signed-in staff only.
        var document = await (await portal.AdminAsync()).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/" + Url.TrimStart('/') + "/{id}/online-settings", out var settings));
        Assert.True(settings.TryGetProperty("put", out _));
        Assert.True(paths.TryGetProperty("/patient-portal/api/sign-up", out _));
    }
}
