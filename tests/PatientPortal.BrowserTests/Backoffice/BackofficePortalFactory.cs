using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>The browser tests' site with the backoffice stand-in in front of it (test code only, never shipped).</summary>
public sealed class BackofficePortalFactory : BrowserPortalFactory
{
    private readonly SemaphoreSlim _signingIn = new(1, 1);
    private IBrowserContext? _admin;

    public BackofficeStandIn StandIn { get; } = new(new BackofficeFiles());

    /// <summary>
    /// One browser context signed in as the admin for the test class: its cache keeps the app's modules (served
    /// immutable), so only the first page pays for loading them. Each test opens its own page in it.
    /// </summary>
    public async Task<IBrowserContext> AdminContextAsync()
    {
        await _signingIn.WaitAsync();
        try
        {
            return _admin ??= (await AdminBrowser.SignInAsync(this)).Context;
        }
        finally
        {
            _signingIn.Release();
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        base.ConfigureTestServices(services);
        services.AddSingleton<IStartupFilter>(StandIn);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _signingIn.Dispose();
        }

        base.Dispose(disposing);
    }
}
