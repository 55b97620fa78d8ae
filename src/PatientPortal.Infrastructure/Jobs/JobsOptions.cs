using System.ComponentModel.DataAnnotations;

namespace PatientPortal.Infrastructure.Jobs;

public sealed class JobsOptions
{
    public JobStorageKind Storage { get; set; } = JobStorageKind.Auto;

    /// <summary>
    /// Whether this process runs the package's jobs. Unset, a plain host runs them and an Umbraco site follows its
    /// server role (Single and SchedulingPublisher run them, a Subscriber does not). Enqueueing works either way.
    /// </summary>
    public bool? RunServer { get; set; }

    /// <summary>
    /// The Hangfire queue every job of the package goes to, and the only one the package's server listens to, so a site
    /// that runs Hangfire for itself keeps its workers and its <c>default</c> queue.
    /// </summary>
    [Required]
    [RegularExpression("^[a-z0-9_-]+$", ErrorMessage = "PatientPortal:Jobs:Queue may hold lowercase letters, digits, underscores and dashes only (Hangfire's rule for queue names).")]
    public string Queue { get; set; } = "patient-portal";

    /// <summary>How often the answer to <see cref="RunServer"/> is asked again where it can change (Umbraco's elected server role).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ServerRoleCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    [Range(1, 100)]
    public int WorkerCount { get; set; } = Math.Min(20, Environment.ProcessorCount * 5);

    /// <summary>Cron for the sweep that queues lost work again; every minute by default.</summary>
    [Required]
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>Cron for the delivery-health check that alerts the practice when email or SMS is down; every minute by default.</summary>
    [Required]
    public string DeliveryHealthCron { get; set; } = "* * * * *";

    /// <summary>Cron, in the practice's time zone, for the daily recall messages; 09:00 by default.</summary>
    [Required]
    public string RecallCron { get; set; } = "0 9 * * *";

    /// <summary>Cron for the catch-up of payment-in-advance messages an import failed to queue; every 15 minutes by default.</summary>
    [Required]
    public string PaymentRequestsCron { get; set; } = "*/15 * * * *";

    /// <summary>How often scheduled jobs (retries, the end of quiet hours) are checked.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Schema of Hangfire's tables when stored in SQL Server, apart from Umbraco's and ours.</summary>
    [Required]
    public string SqlServerSchema { get; set; } = "patientPortalHangfire";
}
