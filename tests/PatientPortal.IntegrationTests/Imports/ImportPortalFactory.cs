using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Appointments;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Imports;

/// <summary>The site with a listener that records which appointments an import reported as changed.</summary>
public sealed class ImportPortalFactory : PortalFactory
{
    public RecordingAppointmentsChanged AppointmentsChanged { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddSingleton<IAppointmentsChanged>(AppointmentsChanged);
}

public sealed class RecordingAppointmentsChanged : IAppointmentsChanged
{
    public ConcurrentQueue<IReadOnlyCollection<Guid>> Calls { get; } = new();

    public Task AppointmentsChangedAsync(IReadOnlyCollection<Guid> appointmentIds, CancellationToken cancellationToken)
    {
        Calls.Enqueue(appointmentIds.ToList());
        return Task.CompletedTask;
    }
}
