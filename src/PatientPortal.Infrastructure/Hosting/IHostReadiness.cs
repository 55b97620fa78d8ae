namespace PatientPortal.Infrastructure.Hosting;

/// <summary>
/// When the host is ready for the package to change its database and run its jobs. A plain ASP.NET Core host always
/// is; an Umbraco site only at runtime level Run (not while it is being installed or upgraded, nor after a boot
/// failure), which the Umbraco package answers.
/// </summary>
public interface IHostReadiness
{
    /// <summary>
    /// Runs <paramref name="start"/> now when the host is ready, otherwise once it is; starts that waited run once
    /// each, in the order they were asked for.
    /// </summary>
    /// <param name="what">What starts, for the log (<c>schema migration</c>, <c>job server</c>).</param>
    Task WhenReadyAsync(string what, Func<CancellationToken, Task> start, CancellationToken cancellationToken);
}

/// <summary>The plain host: ready from the start.</summary>
internal sealed class AlwaysReady : IHostReadiness
{
    public Task WhenReadyAsync(string what, Func<CancellationToken, Task> start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        return start(cancellationToken);
    }
}
