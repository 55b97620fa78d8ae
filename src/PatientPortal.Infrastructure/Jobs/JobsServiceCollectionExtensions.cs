using Hangfire;
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
            services.AddHangfire((provider, configuration) =>
            {
                configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
                var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
                var storage = options.Storage == JobStorageKind.Auto
                    ? database.Provider == DatabaseProvider.SqlServer ? JobStorageKind.SqlServer : JobStorageKind.InMemory
                    : options.Storage;
                if (storage == JobStorageKind.SqlServer)
                {
                    configuration.UseSqlServerStorage(database.ConnectionString, new SqlServerStorageOptions
                    {
                        SchemaName = options.SqlServerSchema,
                        PrepareSchemaIfNecessary = true,
                        QueuePollInterval = TimeSpan.Zero,
                    });
                }
                else
                {
                    configuration.UseInMemoryStorage();
                }
            });
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
