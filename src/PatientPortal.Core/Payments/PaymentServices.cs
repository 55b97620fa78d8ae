using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PatientPortal.Core.Payments;

internal static class PaymentServices
{
    /// <summary>Paying for an appointment in advance.</summary>
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.TryAddSingleton<OnlinePayments>();
        services.TryAddSingleton<PaymentCheckout>();
        services.TryAddScoped<PaymentConfirmations>();
        return services;
    }
}
