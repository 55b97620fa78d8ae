using Microsoft.Extensions.Options;
using PatientPortal.Infrastructure.Jobs;
using Umbraco.Cms.Core.Sync;

namespace PatientPortal.Umbraco.Jobs;

/// <summary>
/// On an Umbraco site the package's jobs follow the server role, as Umbraco's own scheduled jobs do: they run on a
/// Single or SchedulingPublisher server, not on a Subscriber, and wait while the role is Unknown (a load-balanced
/// site elects it shortly after start). <c>PatientPortal:Jobs:RunServer</c>, when set, wins.
/// </summary>
public sealed class UmbracoJobServerRole(IOptions<JobsOptions> options, IServerRoleAccessor roles) : IJobServerRole
{
    public JobServerRoleAnswer Answer()
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.RunServer is { } runs)
        {
            return new(runs, $"PatientPortal:Jobs:RunServer is {runs}");
        }

        var role = roles.CurrentServerRole;
        return new(
            role switch
            {
                ServerRole.Single or ServerRole.SchedulingPublisher => true,
                ServerRole.Subscriber => false,
                _ => null,
            },
            $"Umbraco server role {role}");
    }
}
