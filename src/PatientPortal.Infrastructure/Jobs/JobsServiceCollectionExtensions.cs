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
    public static IServiceCollection AddPatientPortalJobs(this IServiceCollection services, IConfigurationSection section)
    {
        services.AddOptions<JobsOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<IWorkQueue, HangfireWorkQueue>();
        services.TryAddScoped<SendMessagesJob>();
        services.TryAddScoped<InvitationBatchJob>();
        services.TryAddScoped<OutboxSweepJob>();

        var options = section.Get<JobsOptions>() ?? new JobsOptions();
        if (options.Storage != JobStorageKind.Host)
        {
            // Our own storage instance in DI rather than Hangfire's static JobStorage.Current, so two hosts in one
            // process (tests, a site with several apps) never run each other's jobs.
            services.TryAddSingleton<JobStorage>(provider =>
            {
                var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
                var current = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
                var storage = current.Storage == JobStorageKind.Auto
                    ? database.Provider == DatabaseProvider.SqlServer ? JobStorageKind.SqlServer : JobStorageKind.InMemory
                    : current.Storage;
                return storage == JobStorageKind.SqlServer
                    ? new SqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                    {
                        SchemaName = current.SqlServerSchema,
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = TimeSpan.Zero,
                    })
                    : new InMemoryStorage();
            });
            // Likewise Hangfire's default activator is the static JobActivator.Current: jobs would run in
            // whichever host configured Hangfire last. Ours creates each job's scope from this host's container.
            services.TryAddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
            services.AddHangfire(configuration => configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings());
        }

        if (options.RunServer)
        {
            services.AddHangfireServer((provider, server) =>
            {
                var current = provider.GetRequiredService<IOptions<JobsOptions>>().Value;
                server.WorkerCount = current.WorkerCount;
                server.SchedulePollingInterval = current.SchedulePollingInterval;
                server.ServerName = $"patient-portal:{Environment.MachineName}:{Environment.ProcessId}";
            });
            services.AddHostedService<ScheduleRecurringJobs>();
        }

        return services;
    }
}
