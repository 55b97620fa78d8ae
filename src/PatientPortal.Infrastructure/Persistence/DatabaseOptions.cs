using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Defaults to <c>ConnectionStrings:PatientPortal</c>.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=App_Data/patient-portal.db";

    /// <summary>Apply pending migrations when the host starts (on by default; turn off where a DBA runs the scripts).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
