using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PatientPortal.Core.Security;

namespace PatientPortal.Infrastructure.Tests.Support;

/// <summary>
/// The infrastructure as a host wires it: <c>AddPatientPortalInfrastructure</c> over in-memory configuration,
/// with the content root in a temporary folder and a SQLite file database in it.
/// </summary>
internal static class InfrastructureServices
{
    public const string DatabaseFile = "patient-portal.db";

    public static ServiceProvider Build(TempDirectory directory, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? replace = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["PatientPortal:Database:Provider"] = "Sqlite",
            ["PatientPortal:Database:ConnectionString"] = $"Data Source={directory.File(DatabaseFile)}",
            ["PatientPortal:Email:DeliveryMethod"] = "SpecifiedPickupDirectory",
            ["PatientPortal:Email:PickupDirectoryLocation"] = "mail-pickup",
            // The lowest setting the options allow, so the hashing tests stay quick.
            ["PatientPortal:Passwords:HashIterations"] = "100000",
            // No job server here: the jobs run use cases that AddPatientPortal (web layer) registers.
            ["PatientPortal:Jobs:RunServer"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new TestHostEnvironment(directory.Path));
        // Bound by AddPatientPortal in the web layer, which these tests do not load.
        services.AddOptions<PasswordOptions>().Bind(configuration.GetSection("PatientPortal:Passwords")).ValidateDataAnnotations();
        services.AddPatientPortalInfrastructure(configuration);
        replace?.Invoke(services);
        // Not validated on build: the job classes depend on use cases registered by AddPatientPortal, which
        // these tests do not load (the integration tests build the whole site, validated).
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Runs the hosted services as the host would at start: this applies the migrations.</summary>
    public static async Task StartAsync(this IServiceProvider services)
    {
        foreach (var hosted in services.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }
    }

    public static async Task<T> InScopeAsync<T>(this IServiceProvider services, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static async Task InScopeAsync(this IServiceProvider services, Func<IServiceProvider, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }
}
