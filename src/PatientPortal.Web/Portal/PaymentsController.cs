using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>
/// What the signed-in patient has to pay before their upcoming appointments and their family members', and what
/// they have paid; a family member's say whose they are.
/// </summary>
public sealed class PaymentsController(IPatientRepository patients, PortalAppointments appointments) : PortalControllerBase(patients)
{
    [HttpGet("payments")]
    public async Task<IActionResult> List(CancellationToken cancellationToken)
    {
        if (await SignedInFamilyAsync(cancellationToken) is not { } access)
        {
            return await SignInAgainAsync();
        }

        var upcoming = await appointments.UpcomingAsync(access, PortalAppointments.Listed, cancellationToken);
        return View(PatientPortalViews.Payments, new PaymentsPage(
            upcoming.Where(appointment => appointment.ToPay is not null).ToList(),
            upcoming.Where(appointment => appointment.PaidAmount is not null).ToList()));
    }
}
