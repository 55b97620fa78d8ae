using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PatientPortal.Core.Chargebands;

internal static class ChargebandServices
{
    /// <summary>Chargebands and their online settings.</summary>
    public static IServiceCollection AddChargebands(this IServiceCollection services)
    {
        services.TryAddSingleton<InviteCodeStrength>();
        services.TryAddScoped<ChargebandService>();
        return services;
    }
}
