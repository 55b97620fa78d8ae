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
    /// Hangfire for our jobs, on their own queue (<see cref="JobsOptions.Queue"/>). A host that runs Hangfire itself
    /// (<c>AddHangfire</c>, before or after the package) keeps its storage and the package uses it; a host that runs a
    /// job server in this process (<c>AddHangfireServer</c>) gets no second one (docs/decisions/0011). Otherwise storage
    /// follows <see cref="JobsOptions.Storage"/>. Settings are read when services are resolved, never while
    /// registering, so every configuration source counts.
    /// </summary>
    public static IServiceCollection AddPatientPortalJobs(this IServiceCollection services, IConfigurationSection section)
    {
        services.AddOptions<JobsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IJobServerRole, JobServerRoleFromSettings>();
        services.TryAddScoped<IWorkQueue, HangfireWorkQueue>();
        services.TryAddSingleton<PatientPortalRecurringJobs>();
        services.TryAddScoped<SendMessagesJob>();
        services.TryAddScoped<InvitationBatchJob>();
        services.TryAddScoped<OutboxSweepJob>();
        services.TryAddScoped<DeliveryHealthJob>();
        services.TryAddScoped<RecallJob>();
        services.TryAddScoped<PaymentRequestsJob>();

        // Our own storage and activator in DI rather than Hangfire's statics (JobStorage.Current,
        // JobActivator.Current), so two hosts in one process never run each other's jobs. A host that added Hangfire
        // before us registered its storage first (and this is not used); one that adds it after us still gets its own.
        // Registered before our AddHangfire, whose own registration of JobStorage (the static) then stands aside.
        services.TryAddSingleton<JobStorage>(provider =>
        {
            if (provider.GetRequiredService<HostHangfire>().HasConfiguration)
            {
                // The host's configuration callback sets its storage (UseSqlServerStorage and the like).
                provider.GetRequiredService<IGlobalConfiguration>();
                return JobStorage.Current;
            }

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

        ServiceDescriptor? ours = null;
        if (!services.Any(descriptor => descriptor.ServiceType == typeof(IGlobalConfiguration)))
        {
            services.AddHangfire((provider, configuration) => configuration
                .UseLogProvider(new HostLogProvider(provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()))
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings());
            ours = services.Last(descriptor => descriptor.ServiceType == typeof(IGlobalConfiguration));
        }

        services.TryAddSingleton(new HostHangfire(services, ours));
        services.AddHostedService<PatientPortalJobServer>();
        return services;
    }
}
