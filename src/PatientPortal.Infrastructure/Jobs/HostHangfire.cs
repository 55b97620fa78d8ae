using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PatientPortal.Infrastructure.Jobs;

/// <summary>
/// What the host registered of Hangfire for itself. Read from the finished service collection when first asked, not
/// while the package registers, because the order is the host's: an Umbraco site may add Hangfire in its own composer
/// or in <c>Program.cs</c> after the package's composer ran.
/// </summary>
internal sealed class HostHangfire(IServiceCollection services, ServiceDescriptor? ours)
{
    private readonly Lazy<(bool Configuration, bool Server)> _registered = new(() => (
        services.Any(descriptor => descriptor.ServiceType == typeof(IGlobalConfiguration) && !ReferenceEquals(descriptor, ours)),
        services.Any(descriptor => descriptor.ServiceType == typeof(IHostedService) && ImplementationOf(descriptor) == typeof(BackgroundJobServerHostedService))));

    /// <summary>The host called <c>AddHangfire</c>: its storage (<c>JobStorage</c>) is the one the package uses.</summary>
    public bool HasConfiguration => _registered.Value.Configuration;

    /// <summary>The host runs a job server in this process (<c>AddHangfireServer</c>): the package starts none beside it.</summary>
    public bool HasServer => _registered.Value.Server;

    // AddHangfireServer registers a factory typed Func<IServiceProvider, BackgroundJobServerHostedService>.
    private static Type? ImplementationOf(ServiceDescriptor descriptor) =>
        descriptor.IsKeyedService ? null
        : descriptor.ImplementationType
            ?? descriptor.ImplementationInstance?.GetType()
            ?? descriptor.ImplementationFactory?.GetType().GenericTypeArguments.LastOrDefault();
}
