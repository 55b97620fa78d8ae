using System.Diagnostics;
using System.Text;

namespace PatientPortal.Umbraco.Tests.Packaging;

/// <summary>
/// A new ASP.NET Core web project that installs PatientPortal from the folder feed with `dotnet add package`, builds,
/// and runs as its own process on a loopback port Kestrel picks. Umbraco.Cms is not served here, so the site is the
/// plain host the README describes (AddPatientPortal, a BackOfficeAccess policy, MapPatientPortal), serving its web
/// root the way Umbraco does (static files over the web root, where packages' static web assets appear).
/// </summary>
public sealed class FreshSite : IAsyncDisposable
{
    private const string Name = "FreshSite";

    private readonly Process process;
    private readonly StringBuilder output;

    private FreshSite(Process process, StringBuilder output, Uri address)
    {
        this.process = process;
        this.output = output;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public HttpClient Client { get; }

    /// <summary>What the site has written so far, for a failure message.</summary>
    public string Output => Snapshot(output);

    public static async Task<FreshSite> InstallAsync(string directory, string feed, string version)
    {
        Directory.CreateDirectory(directory);
        // The folder feed beside the machine's own sources (no <clear/>), which serve the package's dependencies.
        await File.WriteAllTextAsync(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="patient-portal-folder-feed" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(directory, $"{Name}.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(directory, "Program.cs"), """
            using Microsoft.AspNetCore.Authentication.Cookies;
            using PatientPortal.Web;
            using PatientPortal.Web.Common;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddPatientPortal(builder.Configuration);
            // The host's staff sign-in: here a cookie nobody has, answering 401 rather than redirecting.
            builder.Services.AddAuthentication().AddCookie("staff", options => options.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            });
            builder.Services.AddAuthorizationBuilder().AddPolicy(BackOfficePolicy.Name, policy => policy.AddAuthenticationSchemes("staff").RequireAuthenticatedUser());

            var app = builder.Build();
            app.UseStaticFiles();
            app.UseAuthentication();
            app.UseAuthorization();
            app.UseAntiforgery();
            app.MapPatientPortal();
            app.Run();
            """);
        await File.WriteAllTextAsync(Path.Combine(directory, "appsettings.json"), """
            {
              "Logging": { "LogLevel": { "Default": "Warning", "Microsoft.Hosting.Lifetime": "Information" } },
              "ConnectionStrings": { "PatientPortal": "Data Source=|DataDirectory|/patient-portal.db" },
              "PatientPortal": {
                "Practice": { "Name": "Fresh Site Clinic", "TimeZone": "Europe/London", "PhoneRegion": "GB",
                              "PublicBaseUrl": "http://127.0.0.1/", "PrivacyPolicyVersion": "2026-01", "PrivacyPolicyUrl": "/privacy" },
                "Database": { "Provider": "Sqlite" },
                "Email": { "From": "portal@fresh-site.example", "DeliveryMethod": "SpecifiedPickupDirectory", "PickupDirectoryLocation": "App_Data/mail" }
              }
            }
            """);

        await DotnetCli.RunAsync(directory, TimeSpan.FromMinutes(3), "add", "package", "PatientPortal", "--version", version);
        await DotnetCli.RunAsync(directory, TimeSpan.FromMinutes(3), "build", "-c", "Release", "--disable-build-servers");
        return await StartAsync(directory);
    }

    private static async Task<FreshSite> StartAsync(string directory)
    {
        var process = DotnetCli.Start(directory, [Path.Combine("bin", "Release", "net10.0", $"{Name}.dll")], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            // As `dotnet run` does: the packages' static web assets are served from the package folders.
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        });
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        const string Marker = "Now listening on: ";
        process.OutputDataReceived += (_, line) =>
        {
            lock (output) { output.AppendLine(line.Data); }
            var at = line.Data?.IndexOf(Marker, StringComparison.Ordinal) ?? -1;
            if (at >= 0)
            {
                listening.TrySetResult(new Uri(line.Data![(at + Marker.Length)..].Trim()));
            }
        };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The site stopped before it listened:\n{Snapshot(output)}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            return new FreshSite(process, output, await listening.Task.WaitAsync(TimeSpan.FromMinutes(1)));
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        Stop(process);
        return ValueTask.CompletedTask;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        process.Dispose();
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
