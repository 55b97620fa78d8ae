using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal.MyDetails;

namespace PatientPortal.Web.Portal.MyDetails;

public sealed class MessagePreferencesController(IPatientRepository patients, MessagePreferences preferences, MyDetailsPages pages)
    : MyDetailsControllerBase(patients, pages)
{
    /// <summary>An unticked box is not sent at all, so a missing field means "no".</summary>
    [HttpPost("my-details/messages")]
    public async Task<IActionResult> Change([FromForm] bool emailConsent, [FromForm] bool smsConsent, CancellationToken cancellationToken)
    {
        if (await SignedInPatientAsync(cancellationToken) is not { } patient)
        {
            return await SignInAgainAsync();
        }

        var result = await preferences.ChangeAsync(new ChangeMessagePreferencesCommand(patient.Id, emailConsent, smsConsent), cancellationToken);
        if (!result.Succeeded)
        {
            return RefusedPage(await PageForAsync(patient, cancellationToken) with { Preferences = new PreferencesForm(emailConsent, smsConsent), Errors = result.Failure!.Errors });
        }

        return Saved(result.Value ? MyDetailsNotices.Messages : MyDetailsNotices.Unchanged, "messages");
    }
}
