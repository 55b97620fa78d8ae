using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>Every upcoming appointment of the signed-in patient, each with its details or payment page.</summary>
public sealed class AppointmentsController(IPatientRepository patients, PortalAppointments appointments) : PortalControllerBase(patients)
{
    [HttpGet("appointments")]
    public async Task<IActionResult> List(CancellationToken cancellationToken)
    {
        if (await SignedInPatientAsync(cancellationToken) is not { } patient)
        {
            return await SignInAgainAsync();
        }

        return View(PatientPortalViews.Appointments, new AppointmentsPage(await appointments.UpcomingAsync(patient.Id, PortalAppointments.Listed, cancellationToken)));
    }
}
