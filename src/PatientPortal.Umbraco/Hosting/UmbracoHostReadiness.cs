using Microsoft.Extensions.Logging;
using PatientPortal.Infrastructure.Hosting;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Services;

namespace PatientPortal.Umbraco.Hosting;

/// <summary>
/// The package migrates its schema and runs its jobs only at Umbraco's runtime level Run. While the site is being
/// installed or upgraded (or failed to boot) they wait; Umbraco starts its runtime again once an install or upgrade
/// is done (<see cref="UmbracoStartedHandler"/>), and at Run what waited starts, in the order it asked.
/// </summary>
public sealed class UmbracoHostReadiness(IRuntimeState runtime, ILogger<UmbracoHostReadiness> logger) : IHostReadiness
{
    private readonly Lock _lock = new();
    private readonly List<(string What, Func<CancellationToken, Task> Start)> _waiting = [];

    public Task WhenReadyAsync(string what, Func<CancellationToken, Task> start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(start);
        lock (_lock)
        {
            // Behind anything still waiting, so the schema is always migrated before the jobs run.
            if (runtime.Level != RuntimeLevel.Run || _waiting.Count > 0)
            {
                _waiting.Add((what, start));
                logger.LogInformation("PatientPortal's {What} waits for Umbraco to be at runtime level Run (it is at {Level})", what, runtime.Level);
                return Task.CompletedTask;
            }
        }

        return start(cancellationToken);
    }

    /// <summary>Umbraco's runtime has started (at boot, and again after an install or upgrade).</summary>
    public async Task RuntimeStartedAsync(CancellationToken cancellationToken)
    {
        if (runtime.Level != RuntimeLevel.Run)
        {
            return;
        }

        while (Next() is { } next)
        {
            logger.LogInformation("Umbraco is at runtime level Run: PatientPortal's {What} starts", next.What);
            await next.Start(cancellationToken);
        }
    }

    private (string What, Func<CancellationToken, Task> Start)? Next()
    {
        lock (_lock)
        {
            if (_waiting.Count == 0)
            {
                return null;
            }

            var next = _waiting[0];
            _waiting.RemoveAt(0);
            return next;
        }
    }
}
