using Microsoft.Extensions.Options;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.Security;

namespace PatientPortal.Infrastructure.Tests.Security;

public sealed class PasswordHashingWorkersTests
{
    [Fact]
    public async Task Hashing_RunsOnItsOwnThreads_OneFewerThanTheCoresAndAtLeastOne()
    {
        using var workers = new PasswordHashingWorkers(Options.Create(new PasswordOptions()));

        var (name, pooled) = await workers.RunAsync(() => (Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread), CancellationToken.None);

        Assert.Equal(Math.Max(1, Environment.ProcessorCount - 1), workers.Workers);
        Assert.StartsWith("Password hashing", name, StringComparison.Ordinal);
        Assert.False(pooled);
    }

    [Fact]
    public void Admission_BeyondTheQueueLength_IsRefused_UntilASignInInLeaves()
    {
        using var workers = new PasswordHashingWorkers(Options.Create(new PasswordOptions { SignInQueueLength = 2 }));

        using var first = workers.TryAdmit();
        var second = workers.TryAdmit();
        var third = workers.TryAdmit();
        second!.Dispose();
        second.Dispose(); // leaving twice frees one place only
        using var fourth = workers.TryAdmit();
        using var fifth = workers.TryAdmit();

        Assert.NotNull(first);
        Assert.Null(third);
        Assert.NotNull(fourth);
        Assert.Null(fifth);
    }

    [Fact]
    public async Task AFailingHash_FailsItsCaller_AndTheWorkerCarriesOn()
    {
        using var workers = new PasswordHashingWorkers(Options.Create(new PasswordOptions { HashWorkers = 1 }));

        await Assert.ThrowsAsync<InvalidOperationException>(() => workers.RunAsync<int>(() => throw new InvalidOperationException("broken"), CancellationToken.None));

        Assert.Equal(42, await workers.RunAsync(() => 42, CancellationToken.None));
    }
}
