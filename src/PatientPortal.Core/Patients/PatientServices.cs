using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PatientPortal.Core.Patients;

internal static class PatientServices
{
    /// <summary>Patient records as the practice keeps them.</summary>
    public static IServiceCollection AddPatients(this IServiceCollection services)
    {
        services.TryAddSingleton<PatientDetailsValidator>();
        services.TryAddScoped<PatientService>();
        return services;
    }
}
