using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging.Health;
using PatientPortal.Core.Practice;

namespace PatientPortal.Core.Messaging;

internal static class MessagingServices
{
    /// <summary>The outbox, composing messages, delivery reports and replies, failed messages and delivery health.</summary>
    public static IServiceCollection AddMessaging(this IServiceCollection services)
    {
        // Quiet hours are kept in the practice's time zone.
        services.TryAddSingleton(provider =>
        {
            var messaging = provider.GetRequiredService<IOptions<MessagingOptions>>().Value;
            return new QuietHours(messaging.SmsQuietHoursStart, messaging.SmsQuietHoursEnd, provider.GetRequiredService<PracticeClock>().TimeZone);
        });
        services.TryAddScoped<MessageOutbox>();
        services.TryAddScoped<MessageComposer>();
        services.TryAddScoped<PatientMessageQueue>();
        services.TryAddScoped<DeliveryReports>();
        services.TryAddScoped<SmsReplies>();
        services.TryAddScoped<FailedMessages>();
        services.TryAddScoped<DeliveryHealth>();
        services.TryAddScoped<DeliveryAlertSender>();
        services.TryAddScoped<DeliveryAlerts>();
        return services;
    }
}
