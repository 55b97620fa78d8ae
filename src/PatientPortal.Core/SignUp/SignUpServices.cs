using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PatientPortal.Core.SignUp;

internal static class SignUpServices
{
    /// <summary>Sign-up with an invite code or an invitation link.</summary>
    public static IServiceCollection AddSignUp(this IServiceCollection services)
    {
        services.TryAddSingleton<RegistrationValidator>();
        services.TryAddSingleton<AccountEmails>();
        services.TryAddScoped<SignUpService>();
        return services;
    }
}
