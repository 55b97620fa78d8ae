using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PatientPortal.Core.Appointments;

internal static class AppointmentServices
{
    /// <summary>Reactions to appointments the practice system sends: asking for payment in advance.</summary>
    public static IServiceCollection AddAppointments(this IServiceCollection services)
    {
        services.TryAddScoped<PaymentInAdvanceRequests>();
        // Told when appointments change, as every reaction to them is.
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAppointmentsChanged, PaymentInAdvanceRequests>(provider => provider.GetRequiredService<PaymentInAdvanceRequests>()));
        return services;
    }
}
