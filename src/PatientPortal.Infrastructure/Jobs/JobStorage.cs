namespace PatientPortal.Infrastructure.Jobs;

public enum JobStorageKind
{
    /// <summary>SQL Server when the database is SQL Server, otherwise in memory.</summary>
    Auto,

    /// <summary>Hangfire.InMemory: the embedded default. Jobs do not survive a restart, the outbox rows do, and the sweep queues them again on start.</summary>
    InMemory,

    /// <summary>Hangfire.SqlServer in the site's database: the production choice.</summary>
    SqlServer,
}
