using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>The site on a clock that moves only when a test moves it (link expiry, clock-aligned rate windows).</summary>
public class FakeClockPortalFactory : PortalFactory
{
    public FakeTimeProvider Clock { get; protected init; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
