using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PatientPortal.Core.Imports;

internal static class ImportServices
{
    /// <summary>Importing patients from a file.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services)
    {
        services.TryAddScoped<ImportService>();
        return services;
    }
}
