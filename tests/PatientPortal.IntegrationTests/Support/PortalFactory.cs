using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// The website host in memory, on its own real SQLite file, sending email to the real maildev SMTP server.
/// One per test class; tests inside a class use distinct codes and addresses.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "integration-admin-password";

    /// <summary>A marketing editor: the section and the templates permission only.</summary>
    public const string MarketingEditor = "marketing";

    /// <summary>An admin login without the Patient Portal section (as an Umbraco user whose groups do not grant it).</summary>
    public const string Outsider = "outsider";

    public const string OtherAdminPassword = "integration-other-password";
    private readonly string _folder = Directory.CreateTempSubdirectory("patient-portal-tests-").FullName;

    public MaildevServer Mail { get; } = MaildevServer.Instance;

    /// <summary>The SQLite file; a second factory may point at it to play a second server of one site.</summary>
    public virtual string DatabasePath => Path.Combine(_folder, "portal.db");

    /// <summary>Settings a test class changes (rate limits, clocks); applied over appsettings.json.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>A client that keeps cookies and sees redirects.</summary>
    public virtual HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>
    /// A client signed in as the admin. As the package's screens do (<c>asClient</c>), it sends the
    /// X-Requested-With header the management API asks of calls without a JSON body.
    /// </summary>
    public Task<HttpClient> AdminAsync(bool asClient = true) => AdminAsync("admin", AdminPassword, asClient);

    /// <summary>A client signed in as one of the other admin users (<see cref="MarketingEditor"/>, <see cref="Outsider"/>).</summary>
    public Task<HttpClient> AdminAsync(string username, bool asClient = true) => AdminAsync(username, OtherAdminPassword, asClient);

    private async Task<HttpClient> AdminAsync(string username, string password, bool asClient)
    {
        var client = Browser();
        var form = await HtmlForm.GetAsync(client, "/admin/sign-in");
        using var response = await form.PostAsync(client, "/admin/sign-in", new() { ["username"] = username, ["password"] = password });
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        if (asClient)
        {
            client.DefaultRequestHeaders.Add("X-Requested-With", "PatientPortal");
        }

        return client;
    }

    public async Task<T> QueryAsync<T>(Func<PatientPortalDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PatientPortalDbContext>());
    }

    public Task<int> PatientCountAsync() => QueryAsync(db => db.Patients.CountAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:PatientPortal"] = $"Data Source={DatabasePath}",
            ["PatientPortal:Email:DeliveryMethod"] = "Network",
            ["PatientPortal:Email:Host"] = "127.0.0.1",
            ["PatientPortal:Email:Port"] = Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PatientPortal:Email:SecureSocketOptions"] = "None",
            ["PatientPortal:Practice:PublicBaseUrl"] = "http://localhost/",
            ["PatientPortal:RateLimiting:PermitsPerMinute"] = "10000",
            ["PatientPortal:RateLimiting:PermitsPerHour"] = "100000",
            ["PatientPortal:RateLimiting:InviteCodeFailuresPerWindow"] = "100000",
            ["PatientPortal:RateLimiting:InviteCodeNearMissesPerWindow"] = "100000",
            ["Website:SeedDemoData"] = "false",
            // Background jobs pick up scheduled retries quickly; no quiet hours unless a test sets them.
            ["PatientPortal:Jobs:SchedulePollingInterval"] = "00:00:00.200",
            ["PatientPortal:Messaging:RetryBaseDelay"] = "00:00:00.500",
            ["PatientPortal:Messaging:SmsQuietHoursStart"] = "00:00",
            ["PatientPortal:Messaging:SmsQuietHoursEnd"] = "00:00",
            ["Website:Admin:Password"] = AdminPassword,
            ["Website:Admin:Users:0:Username"] = MarketingEditor,
            ["Website:Admin:Users:0:Password"] = OtherAdminPassword,
            ["Website:Admin:Users:0:Permissions:0"] = "PatientPortal.Templates",
            ["Website:Admin:Users:1:Username"] = Outsider,
            ["Website:Admin:Users:1:Password"] = OtherAdminPassword,
            ["Website:Admin:Users:1:Section"] = "false",
            ["Website:Admin:Users:1:Permissions:0"] = "PatientPortal.PatientData",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(ConfigureTestServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean; it is under the temp folder.
        }
    }
}
