using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal.MyDetails;
using PatientPortal.Core.Security;
using PatientPortal.Core.SignUp;

namespace PatientPortal.Web.Portal.MyDetails;

public sealed class MessagePreferencesController(IPatientRepository patients, MessagePreferences preferences, PasswordPolicy passwordPolicy, IOptions<SignUpOptions> signUp)
    : MyDetailsControllerBase(patients, passwordPolicy, signUp)
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
            return RefusedPage(PageFor(patient) with { Preferences = new PreferencesForm(emailConsent, smsConsent), Errors = result.Failure!.Errors });
        }

        return Saved(result.Value ? MyDetailsNotices.Messages : MyDetailsNotices.Unchanged, "messages");
    }
}
