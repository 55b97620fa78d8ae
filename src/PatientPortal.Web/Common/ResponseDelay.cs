namespace PatientPortal.Web.Common;

/// <summary>Waits on the site's clock.</summary>
public sealed class ResponseDelay(TimeProvider timeProvider) : IResponseDelay
{
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, timeProvider, cancellationToken);
}
