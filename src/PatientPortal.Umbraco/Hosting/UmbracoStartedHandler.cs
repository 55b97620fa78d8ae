using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace PatientPortal.Umbraco.Hosting;

/// <summary>Tells <see cref="UmbracoHostReadiness"/> that Umbraco's runtime has started, so what waited for Run may start.</summary>
public sealed class UmbracoStartedHandler(UmbracoHostReadiness readiness) : INotificationAsyncHandler<UmbracoApplicationStartedNotification>
{
    public Task HandleAsync(UmbracoApplicationStartedNotification notification, CancellationToken cancellationToken) =>
        readiness.RuntimeStartedAsync(cancellationToken);
}
