namespace PatientPortal.Web.Common;

/// <summary>Holds an answer back for a while. Its own seam, so tests see the delay asked for without waiting it.</summary>
public interface IResponseDelay
{
    Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken);
}
