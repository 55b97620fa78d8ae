using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal;
using PatientPortal.Core.Practice;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>The signed-in patient's home page: their details and upcoming appointments.</summary>
public sealed class PortalHomeController(
    IPatientRepository patients,
    IChargebandRepository chargebands,
    IPortalQueries queries,
    IPortalLinks links,
    PortalFormat format,
    TimeProvider timeProvider) : PortalControllerBase(patients)
{
    private const int UpcomingShown = 10;

    [HttpGet("")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        if (await SignedInPatientAsync(cancellationToken) is not { } patient)
        {
            return await SignInAgainAsync();
        }

        var chargeband = await chargebands.FindAsync(patient.ChargebandId, cancellationToken);
        var upcoming = await queries.UpcomingAppointmentsAsync(patient.Id, timeProvider.GetUtcNow(), UpcomingShown, cancellationToken);
        var appointments = upcoming
            .Select(appointment => new UpcomingAppointment(
                appointment.ServiceName,
                format.When(appointment.Start),
                appointment.VideoConsultation,
                appointment.PaymentDueInAdvance ? format.Money(appointment.AmountDue) : null,
                links.AppointmentPaymentPath(appointment.Id)))
            .ToList();
        return View(PatientPortalViews.Home, new PortalHomePage(patient.DisplayName, patient.Email, patient.Mobile, chargeband?.Name ?? string.Empty, chargeband?.AllowOnlineMessaging ?? false, appointments));
    }
}
