using Microsoft.AspNetCore.Hosting;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// The site on a real Kestrel port (the in-memory test server does not enforce request body limits), as in
/// production: the developer exception page would turn Kestrel's refusal into a 413 that production never sends.
/// </summary>
public sealed class KestrelPortalFactory : PortalFactory
{
    private readonly Uri _address;

    public KestrelPortalFactory()
    {
        var port = LoopbackPort.Free();
        _address = new Uri($"http://127.0.0.1:{port}/");
        UseKestrel(port);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    /// <summary>A real HTTP client on the Kestrel port, keeping cookies as a browser does.</summary>
#pragma warning disable CA2000 // The client owns its handler.
    public override HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = _address, Timeout = TimeSpan.FromMinutes(1) };
#pragma warning restore CA2000
}
