using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>Patients put straight into the site's database, as reception or an import would have registered them.</summary>
public static class PatientSeed
{
    public static async Task<Guid> ChargebandAsync(this PortalFactory portal, string name = "Self-pay")
    {
        var created = await PortalScenario.CreateChargebandAsync(await portal.AdminAsync(), $"{name} {Guid.NewGuid():N}");
        return created.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AddPatientAsync(
        this PortalFactory portal,
        Guid chargebandId,
        string? email,
        string? mobile = null,
        string familyName = "O'Higgins",
        bool consent = true,
        Guid? primaryAccountHolderId = null,
        string? password = null,
        string givenName = "Mary")
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>();
        var details = new PatientDetails(null, givenName, familyName, new DateOnly(1980, 4, 12), email, mobile);
        var now = DateTimeOffset.UtcNow;
        Patient patient;
        if (password is null)
        {
            patient = Patient.Register(details, chargebandId, now, primaryAccountHolderId);
        }
        else if (primaryAccountHolderId is not null)
        {
            // A family member the practice registered, who then took up an invitation of their own.
            patient = Patient.Register(details, chargebandId, now, primaryAccountHolderId);
            patient.CompleteInvitation(await scope.ServiceProvider.GetRequiredService<IPatientPasswordHasher>().HashAsync(password, CancellationToken.None), "2026-01", now);
        }
        else
        {
            var hash = await scope.ServiceProvider.GetRequiredService<IPatientPasswordHasher>().HashAsync(password, CancellationToken.None);
            patient = Patient.SignUp(details, chargebandId, hash, "2026-01", "SEEDED", now);
            patient.ConfirmEmail(now);
        }

        patient.SetConsent(consent && email is not null, consent && mobile is not null);
        db.Patients.Add(patient);
        await db.SaveChangesAsync();
        return patient.Id;
    }

    /// <summary>"Invite to patient portal" as the admin presses it; answers the management API's response.</summary>
    public static async Task<JsonElement> InviteAsync(this PortalFactory portal, Guid patientId)
    {
        using var response = await (await portal.AdminAsync()).PostAsync(new Uri($"/umbraco/management/api/v1/patient-portal/patients/{patientId}/invitations", UriKind.Relative), null);
        Assert.True(response.IsSuccessStatusCode, $"Inviting answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Invites a new patient with this email and answers the id of the one outbox message that carries the link.</summary>
    public static async Task<Guid> InviteByEmailAsync(this PortalFactory portal, string email)
    {
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email);
        var invitationId = (await portal.InviteAsync(patientId)).GetProperty("invitationId").GetGuid();
        return await portal.QueryAsync(db => db.OutboxMessages.Where(m => m.InvitationId == invitationId).Select(m => m.Id).SingleAsync());
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
