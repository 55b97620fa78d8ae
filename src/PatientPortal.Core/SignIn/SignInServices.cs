using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PatientPortal.Core.SignIn.Throttling;

namespace PatientPortal.Core.SignIn;

internal static class SignInServices
{
    /// <summary>Signing in, its throttle, and the forgotten-password path.</summary>
    public static IServiceCollection AddSignIn(this IServiceCollection services)
    {
        services.TryAddScoped<SignInService>();
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddScoped<SignInHelp>();
        services.TryAddScoped<ForgottenPassword>();
        return services;
    }
}
