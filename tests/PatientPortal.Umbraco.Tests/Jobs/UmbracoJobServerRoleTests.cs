using Microsoft.Extensions.Options;
using Moq;
using PatientPortal.Infrastructure.Jobs;
using PatientPortal.Umbraco.Jobs;
using Umbraco.Cms.Core.Sync;

namespace PatientPortal.Umbraco.Tests.Jobs;

public class UmbracoJobServerRoleTests
{
    [Theory]
    [InlineData(ServerRole.Single, true)]
    [InlineData(ServerRole.SchedulingPublisher, true)]
    [InlineData(ServerRole.Subscriber, false)]
    [InlineData(ServerRole.Unknown, null)]
    public void WithoutTheSetting_TheJobsFollowTheServerRole_AndWaitWhileItIsUnknown(ServerRole role, bool? runs)
    {
        var answer = Role(role, runServer: null).Answer();

        Assert.Equal(runs, answer.RunsJobs);
        Assert.Contains(role.ToString(), answer.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ServerRole.Subscriber, true)]
    [InlineData(ServerRole.Unknown, true)]
    [InlineData(ServerRole.SchedulingPublisher, false)]
    [InlineData(ServerRole.Single, false)]
    public void TheSetting_WinsOverTheServerRole(ServerRole role, bool runServer)
    {
        var answer = Role(role, runServer).Answer();

        Assert.Equal(runServer, answer.RunsJobs);
        Assert.Contains("PatientPortal:Jobs:RunServer", answer.Reason, StringComparison.Ordinal);
    }

    private static UmbracoJobServerRole Role(ServerRole role, bool? runServer) =>
        new(Options.Create(new JobsOptions { RunServer = runServer }), Mock.Of<IServerRoleAccessor>(accessor => accessor.CurrentServerRole == role));
}
