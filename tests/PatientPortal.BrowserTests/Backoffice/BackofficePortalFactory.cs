using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>The browser tests' site with the backoffice stand-in in front of it (test code only, never shipped).</summary>
public sealed class BackofficePortalFactory : BrowserPortalFactory
{
    public BackofficeStandIn StandIn { get; } = new(new BackofficeFiles());

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        base.ConfigureTestServices(services);
        services.AddSingleton<IStartupFilter>(StandIn);
    }
}
