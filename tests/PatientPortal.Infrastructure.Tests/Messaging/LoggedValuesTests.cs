using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Common;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Messaging;

/// <summary>Values from outside written to the log through the real logging pipeline, over the real SQLite repositories.</summary>
public sealed class LoggedValuesTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ServiceProvider _services;

    public LoggedValuesTests()
    {
        _services = InfrastructureServices.Build(_directory, replace: services => services.AddLogging(logging => logging.AddProvider(_logs)));
    }

    public Task InitializeAsync() => _services.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _services.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task ADeliveryReportIdCarryingCrLf_IsLoggedAsOneLine_WithTheBreakEscaped()
    {
        var known = await _services.InScopeAsync(scope => Reports(scope).RecordSmsAsync("SM1\r\nfake line: admin signed in", MessageStatus.Delivered, null, CancellationToken.None));

        Assert.False(known);
        var message = Assert.Single(_logs.Messages, message => message.Contains("unknown SMS", StringComparison.Ordinal));
        Assert.Equal("A delivery report for unknown SMS SM1\\r\\nfake line: admin signed in was ignored", message);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
    }

    private static DeliveryReports Reports(IServiceProvider scope) => new(
        scope.GetRequiredService<IOutboxRepository>(),
        scope.GetRequiredService<IPatientRepository>(),
        scope.GetRequiredService<IAuditLog>(),
        scope.GetRequiredService<IUnitOfWork>(),
        TimeProvider.System,
        scope.GetRequiredService<ILogger<DeliveryReports>>());
}
