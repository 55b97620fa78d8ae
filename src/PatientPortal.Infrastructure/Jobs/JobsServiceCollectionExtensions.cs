using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.SqlServer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Persistence;

namespace PatientPortal.Infrastructure.Jobs;

internal static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire for our jobs. A host that already runs Hangfire and calls <c>AddHangfire</c> before
    /// <c>AddPatientPortal</c> keeps its own storage; otherwise storage follows <see cref="JobsOptions.Storage"/>.
    /// Settings are read when services are resolved, never while registering, so every configuration source counts.
    /// </summary>
    public static IServiceCollection AddPatientPortalJobs(this IServiceCollection services, IConfigurationSection section)
    {
        services.AddOptions<JobsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<IWorkQueue, HangfireWorkQueue>();
        services.TryAddScoped<SendMessagesJob>();
        services.TryAddScoped<InvitationBatchJob>();
        services.TryAddScoped<OutboxSweepJob>();
        services.TryAddScoped<DeliveryHealthJob>();
        services.TryAddScoped<RecallJob>();
        services.TryAddScoped<PaymentRequestsJob>();

        // Our own storage and activator in DI rather than Hangfire's statics (JobStorage.Current,
        // JobActivator.Current), so two hosts in one process never run each other's jobs.
        services.TryAddSingleton<JobStorage>(provider =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var options = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
            var storage = options.Storage == JobStorageKind.Auto
                ? database.Provider == DatabaseProvider.SqlServer ? JobStorageKind.SqlServer : JobStorageKind.InMemory
                : options.Storage;
            return storage == JobStorageKind.SqlServer
                ? new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                {
                    SchemaName = options.SqlServerSchema,
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.Zero,
                })
                : new InMemoryStorage();
        });
        services.TryAddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IGlobalConfiguration)))
        {
            services.AddHangfire((provider, configuration) => configuration
                .UseLogProvider(new HostLogProvider(provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings());
        }

        services.AddHostedService<PatientPortalJobServer>();
        return services;
    }
}
