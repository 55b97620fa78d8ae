using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common.Notifications;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Portal;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Recalls;
using PatientPortal.Core.SignIn;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core;

public static class PatientPortalCoreServiceCollectionExtensions
{
    /// <summary>
    /// The use cases of every feature, each registered by its own feature folder. The host binds the options they read
    /// and provides the ports they need (persistence, email, SMS, jobs) through the infrastructure.
    /// </summary>
    public static IServiceCollection AddPatientPortalCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services
            .AddDomainNotifications()
            .AddPractice()
            .AddTemplates()
            .AddMessaging()
            .AddPatients()
            .AddChargebands()
            .AddInvitations()
            .AddSignUp()
            .AddSignIn()
            .AddPortal()
            .AddPayments()
            .AddAppointments()
            .AddRecalls()
            .AddImports();
    }
}
