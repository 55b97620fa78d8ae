using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>
/// Every upcoming appointment of the signed-in patient and of each family member they manage, person by person,
/// each with its details or payment page.
/// </summary>
public sealed class AppointmentsController(IPatientRepository patients, PortalAppointments appointments) : PortalControllerBase(patients)
{
    [HttpGet("appointments")]
    public async Task<IActionResult> List(CancellationToken cancellationToken)
    {
        if (await SignedInFamilyAsync(cancellationToken) is not { } access)
        {
            return await SignInAgainAsync();
        }

        var upcoming = await appointments.UpcomingAsync(access, PortalAppointments.Listed, cancellationToken);
        var members = access.Members.Select(member => FamilyMemberName.Of(member)!).ToList();
        return View(PatientPortalViews.Appointments, new AppointmentsPage(PersonAppointments.Group(upcoming, members)));
    }
}
