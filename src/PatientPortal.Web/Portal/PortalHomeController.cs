using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal;

/// <summary>
/// The signed-in patient's home page: a payment due first, with the button to pay, then the next appointments and
/// the recalls, the family members' (for a primary account holder) among them.
/// </summary>
public sealed class PortalHomeController(IPatientRepository patients, IChargebandRepository chargebands, PortalAppointments appointments) : PortalControllerBase(patients)
{
    private const int UpcomingShown = 3;
    private const int RecallsShown = 10;

    [HttpGet("")]
    public async Task<IActionResult> Home(CancellationToken cancellationToken)
    {
        if (await SignedInFamilyAsync(cancellationToken) is not { } access)
        {
            return await SignInAgainAsync();
        }

        var patient = access.SignedIn;
        var chargeband = await chargebands.FindAsync(patient.ChargebandId, cancellationToken);
        var upcoming = await appointments.UpcomingAsync(access, PortalAppointments.Listed, cancellationToken);
        var due = upcoming.Where(appointment => appointment.ToPay is not null).ToList();
        return View(PatientPortalViews.Home, new PortalHomePage(
            patient.DisplayName,
            chargeband is null ? string.Empty : HowYouPay.Describe(chargeband.BillingRules),
            due.FirstOrDefault(),
            due.Count,
            upcoming.Take(UpcomingShown).ToList(),
            upcoming.Count > UpcomingShown,
            await appointments.RecallsAsync(access, RecallsShown, cancellationToken),
            access.Members.Select(member => FamilyMemberName.Of(member)!).ToList()));
    }
}
