using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Invitations;

namespace PatientPortal.BrowserTests;

/// <summary>
/// Set-up for the screen tests. The factory's HttpClients cannot reach the Kestrel server the browser uses, so
/// set-up goes through the site's services, as the admin's actions would.
/// </summary>
public static class BrowserSeed
{
    public static async Task<Guid> CreateChargebandAsync(this BrowserPortalFactory portal, string name)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ChargebandService>()
            .CreateAsync(new SaveChargebandCommand(name, [new BillingRule(BillingRuleType.PatientSelfBook)]), "admin", CancellationToken.None);
        return created.Value!.Id;
    }

    /// <summary>A chargeband with online booking on (Allow with no notifications) and no online settings yet.</summary>
    public static async Task<Guid> CreateOnlineChargebandAsync(this BrowserPortalFactory portal, string name)
    {
        var id = await portal.CreateChargebandAsync(name);
        await using var scope = portal.Services.CreateAsyncScope();
        var enabled = await scope.ServiceProvider.GetRequiredService<ChargebandService>()
            .EnableOnlineBookingAsync(id, new EnableOnlineBookingCommand(PatientAccessMode.AllowWithNoNotifications), "admin", CancellationToken.None);
        Assert.True(enabled.Succeeded);
        return id;
    }

    /// <summary>Invites the patient ("Invite to patient portal") and answers the invitation's id.</summary>
    public static async Task<Guid> InviteAsync(this BrowserPortalFactory portal, Guid patientId)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var scope = portal.Services.CreateAsyncScope();
        var invited = await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(patientId, "admin", CancellationToken.None);
        Assert.Equal(InviteOutcome.Invited, invited.Value!.Outcome);
        return invited.Value.InvitationId!.Value;
    }
}
