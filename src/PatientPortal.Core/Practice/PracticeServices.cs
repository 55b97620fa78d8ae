using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PatientPortal.Core.Security;

namespace PatientPortal.Core.Practice;

internal static class PracticeServices
{
    /// <summary>The practice's clock and calendar, and the password rule every feature that sets a password uses.</summary>
    public static IServiceCollection AddPractice(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PracticeClock>();
        services.TryAddSingleton<PasswordPolicy>();
        return services;
    }
}
