using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>The signed-in patient's home page: a payment due first, with the button to pay, then the next appointments.</summary>
public sealed class PortalHomeController(IPatientRepository patients, IChargebandRepository chargebands, PortalAppointments appointments) : PortalControllerBase(patients)
{
    private const int UpcomingShown = 3;

    [HttpGet("")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        if (await SignedInPatientAsync(cancellationToken) is not { } patient)
        {
            return await SignInAgainAsync();
        }

        var chargeband = await chargebands.FindAsync(patient.ChargebandId, cancellationToken);
        var upcoming = await appointments.UpcomingAsync(patient.Id, PortalAppointments.Listed, cancellationToken);
        var due = upcoming.Where(appointment => appointment.ToPay is not null).ToList();
        return View(PatientPortalViews.Home, new PortalHomePage(
            patient.DisplayName,
            chargeband is null ? string.Empty : HowYouPay.Describe(chargeband.BillingRules),
            due.FirstOrDefault(),
            due.Count,
            upcoming.Take(UpcomingShown).ToList(),
            upcoming.Count > UpcomingShown));
    }
}
