using Microsoft.Extensions.Options;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>Whether this process runs the package's jobs now, and why, for the log.</summary>
/// <param name="RunsJobs">Null while the process cannot tell yet (an Umbraco server whose role is not elected yet).</param>
public sealed record JobServerRoleAnswer(bool? RunsJobs, string Reason);

/// <summary>
/// Whether this process runs the package's jobs (its job server, its recurring jobs, the sweep at start). Asked when
/// the host is ready and again every <see cref="JobsOptions.ServerRoleCheckInterval"/>, so an answer that changes (a
/// load-balanced Umbraco site electing another scheduling server) moves the jobs with it.
/// </summary>
public interface IJobServerRole
{
    JobServerRoleAnswer Answer();
}

/// <summary>The plain host: <see cref="JobsOptions.RunServer"/>, on unless set off.</summary>
internal sealed class JobServerRoleFromSettings(IOptions<JobsOptions> options) : IJobServerRole
{
    public JobServerRoleAnswer Answer() => options.Value.RunServer is { } runs
        ? new(runs, $"PatientPortal:Jobs:RunServer is {runs}")
        : new(true, "PatientPortal:Jobs:RunServer is not set");
}
