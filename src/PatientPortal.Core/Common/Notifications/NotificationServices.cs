using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PatientPortal.Core.Common.Notifications;

internal static class NotificationServices
{
    /// <summary>The publisher; each feature registers the handlers of the notifications it reacts to.</summary>
    public static IServiceCollection AddDomainNotifications(this IServiceCollection services)
    {
        services.TryAddScoped<IDomainNotifications, DomainNotifications>();
        return services;
    }

    /// <summary>Registers a feature's reaction to a notification (once, however often it is called).</summary>
    public static IServiceCollection AddNotificationHandler<TNotification, THandler>(this IServiceCollection services)
        where TNotification : class
        where THandler : class, IDomainNotificationHandler<TNotification>
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IDomainNotificationHandler<TNotification>, THandler>());
        return services;
    }
}
