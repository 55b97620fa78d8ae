using Microsoft.Extensions.DependencyInjection;

namespace PatientPortal.Core.Common.Notifications;

/// <summary>Runs every registered handler of a notification in turn, in the caller's scope (its unit of work).</summary>
internal sealed class DomainNotifications(IServiceProvider services) : IDomainNotifications
{
    public async Task PublishAsync<TNotification>(TNotification notification, CancellationToken cancellationToken)
        where TNotification : class
    {
        ArgumentNullException.ThrowIfNull(notification);
        foreach (var handler in services.GetServices<IDomainNotificationHandler<TNotification>>())
        {
            await handler.HandleAsync(notification, cancellationToken);
        }
    }
}
