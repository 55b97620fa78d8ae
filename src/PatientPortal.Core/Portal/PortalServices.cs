using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PatientPortal.Core.Portal.CallBack;
using PatientPortal.Core.Portal.MyDetails;

namespace PatientPortal.Core.Portal;

internal static class PortalServices
{
    /// <summary>What a signed-in patient does in the portal: their details, their message preferences, a call-back.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.TryAddScoped<PasswordChange>();
        services.TryAddScoped<ContactDetails>();
        services.TryAddScoped<MessagePreferences>();
        services.TryAddScoped<CallBackRequests>();
        return services;
    }
}
