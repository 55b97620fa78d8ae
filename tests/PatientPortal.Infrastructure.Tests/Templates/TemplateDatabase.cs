using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Templates;

/// <summary>A migrated SQLite file with the template use cases wired over it, as AddPatientPortal wires them.</summary>
public sealed class TemplateDatabase : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _directory = new();

    public TemplateDatabase()
    {
        Services = InfrastructureServices.Build(_directory, replace: services =>
        {
            services.AddOptions<PracticeOptions>();
            services.AddOptions<MessageTemplateOptions>();
            services.TryAddSingleton<IPortalLinks, Links>();
            services.TryAddSingleton<PracticeClock>();
            services.TryAddSingleton<TemplateRenderer>();
            services.TryAddSingleton<OnlinePayments>();
            services.TryAddSingleton<MessageModels>();
            services.TryAddSingleton<TemplateSamples>();
            services.TryAddSingleton<TemplateValidator>();
            services.TryAddScoped<TemplateService>();
        });
    }

    public ServiceProvider Services { get; }

    public Task InitializeAsync() => Services.StartAsync();

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Services.Dispose();
        _directory.Dispose();
    }

    private sealed class Links : IPortalLinks
    {
        private static readonly Uri Base = new("https://portal.example/");

        public Uri ConfirmEmail(string token) => new(Base, $"patient-portal/confirm-email?token={token}");

        public Uri ConfirmEmailChange(string token) => new(Base, $"patient-portal/confirm-email-change?token={token}");

        public Uri SignIn() => new(Base, "patient-portal/sign-in");

        public Uri Invitation(string token, string? portalBaseUrl = null) => new(Base, $"patient-portal/invitation?token={token}");

        public string AppointmentPaymentPath(Guid appointmentId) => $"/patient-portal/appointments/{appointmentId}/payment";

        public string BookingSearchPath(Guid serviceId) => $"/patient-portal/book?service={serviceId}";

        public Uri Absolute(string localPath, string? portalBaseUrl = null) => new(Base, localPath.TrimStart('/'));

        public Uri SmsStatusCallback() => new(Base, "patient-portal/api/sms/status");
    }
}
