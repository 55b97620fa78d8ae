using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common.Notifications;
using PatientPortal.Core.Invitations.Bulk;
using PatientPortal.Core.Invitations.Funnel;
using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Invitations;

internal static class InvitationServices
{
    /// <summary>Inviting patients one by one or in runs, the invitation page, and the funnel report.</summary>
    public static IServiceCollection AddInvitations(this IServiceCollection services)
    {
        services.TryAddSingleton<InvitationMessages>();
        services.TryAddScoped<InvitationIssuer>();
        services.TryAddScoped<InvitationService>();
        services.TryAddScoped<InvitationPageService>();
        services.TryAddScoped<BulkInvitationService>();
        services.AddNotificationHandler<AllowAndNotifyEnabled, AllowAndNotifyStartsARun>();
        services.AddNotificationHandler<PatientJoinedChargeband, AllowAndNotifyInvitesAJoiningPatient>();
        services.TryAddScoped<InvitationFunnelReport>();
        return services;
    }
}
