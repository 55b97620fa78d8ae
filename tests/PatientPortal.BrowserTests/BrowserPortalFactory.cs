using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests;

/// <summary>
/// The website on a real Kestrel port with the demo data seeded, driven by Debian's Chromium through
/// Playwright (Playwright's own browser download cannot work here).
/// </summary>
public class BrowserPortalFactory : PortalFactory, IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly int _port = LoopbackPort.Free();
    private IPlaywright? _playwright;

    public Uri BaseUrl => new($"http://127.0.0.1:{_port}/");

    public IBrowser Chromium { get; private set; } = null!;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Website:SeedDemoData"] = "true",
        ["PatientPortal:Practice:PublicBaseUrl"] = BaseUrl.AbsoluteUri,
    };

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), "Chromium is not installed: ./test.sh installs Debian's chromium package.");
        // Patience for every expectation: a screen's first answer from the site took over 5 s (Playwright's default)
        // in CI, where the integration tests run beside this suite on two cores. A failure still fails, later.
        Assertions.SetDefaultExpectTimeout(15_000);
        UseKestrel(_port);
        StartServer();
        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Without these Chromium tries to reach Google's services, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Chromium.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
    }
}
