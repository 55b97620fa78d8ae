namespace PatientPortal.Core.Common.Notifications;

/// <summary>
/// Tells the features that react to something that happened in another one. Published inside the publisher's
/// transaction, so a reaction that must be atomic with the change (a run that "Allow and notify" starts) commits or
/// rolls back with it; a handler that fails fails the change.
/// </summary>
public interface IDomainNotifications
{
    Task PublishAsync<TNotification>(TNotification notification, CancellationToken cancellationToken)
        where TNotification : class;
}

/// <summary>The feature that owns a reaction handles the notification it reacts to; any number may handle one.</summary>
public interface IDomainNotificationHandler<in TNotification>
    where TNotification : class
{
    Task HandleAsync(TNotification notification, CancellationToken cancellationToken);
}
