using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// One server of a site, sending texts (invitations by SMS only) through a shared server playing Twilio when given.
/// Servers of one site share the database file and, when given, one clock; each has its own job server, job
/// store and rate limiter, as separate processes do. The test may stop its host as a SIGTERM would.
/// </summary>
public sealed class SiteServerFactory(TwilioServer? twilio = null, FakeTimeProvider? clock = null, string? databasePath = null, IDictionary<string, string?>? settings = null) : PortalFactory
{
    private IHost? _host;

    public LogSignals Logs { get; } = new();

    public override string DatabasePath => databasePath ?? base.DatabasePath;

    /// <summary>The running host (started on first use of the factory).</summary>
    public IHost Host
    {
        get
        {
            _ = Services;
            return _host!;
        }
    }

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var all = new Dictionary<string, string?>();
            if (twilio is not null)
            {
                all = new Dictionary<string, string?>(twilio.Settings) { ["PatientPortal:Invitations:Channels:0"] = "Sms" };
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }

            return all;
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        if (clock is not null)
        {
            services.AddSingleton<TimeProvider>(clock);
        }

        services.AddSingleton<ILoggerProvider>(Logs);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }
}
