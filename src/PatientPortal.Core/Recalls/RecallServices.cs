using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PatientPortal.Core.Recalls;

internal static class RecallServices
{
    /// <summary>Recall reminders.</summary>
    public static IServiceCollection AddRecalls(this IServiceCollection services)
    {
        services.TryAddScoped<RecallMessages>();
        return services;
    }
}
