using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Payments;

namespace PatientPortal.Infrastructure.Payments;

internal static class PaymentsServiceCollectionExtensions
{
    public const string HttpClientName = "PatientPortal.Stripe";

    public static IServiceCollection AddStripePayments(this IServiceCollection services, IConfigurationSection section)
    {
        services.AddOptions<StripeOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.SecretKey), "PatientPortal:Stripe:SecretKey is required when Stripe is enabled.")
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.WebhookSigningSecret), "PatientPortal:Stripe:WebhookSigningSecret is required when Stripe is enabled.")
            .Validate(o => !StripeOptions.ZeroDecimalCurrencies.Contains(o.Currency), "PatientPortal:Stripe:Currency: currencies without hundredths are not supported.")
            .ValidateOnStart();

        services.AddHttpClient(HttpClientName, (provider, client) => client.Timeout = provider.GetRequiredService<IOptions<StripeOptions>>().Value.RequestTimeout);
        services.TryAddEnumerable(ServiceDescriptor.Transient<IPaymentProvider, StripePaymentProvider>());
        return services;
    }
}
