using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PatientPortal.Web;

namespace PatientPortal.Benchmarks;

/// <summary>The package in a bare ASP.NET Core host on a SQLite file, as a site would run it.</summary>
internal static class BenchmarkSite
{
    public static WebApplication Build(string folder, IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, EnvironmentName = "Production" });
        var all = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:PatientPortal"] = $"Data Source={Path.Combine(folder, "bench.db")}",
            ["PatientPortal:Practice:PublicBaseUrl"] = "https://clinic.example/",
            ["PatientPortal:Messaging:SmsQuietHoursStart"] = "00:00",
            ["PatientPortal:Messaging:SmsQuietHoursEnd"] = "00:00",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);
        builder.Logging.ClearProviders();
        builder.Services.AddPatientPortal(builder.Configuration);
        // A console host's dependency context does not offer the package's compiled views, as a web project's does.
        builder.Services.AddControllersWithViews().ConfigureApplicationPartManager(manager =>
            manager.ApplicationParts.Add(new CompiledRazorAssemblyPart(typeof(PatientPortalServiceCollectionExtensions).Assembly)));
        builder.Services.AddAuthorization(options => options.AddPolicy("BackOfficeAccess", policy => policy.RequireAssertion(_ => false)));
        var app = builder.Build();
        app.MapPatientPortal();
        return app;
    }

    /// <summary>Where the started site listens (its port is the one Kestrel picked).</summary>
    public static Uri Address(WebApplication app) => new(app.Urls.First());
}
