using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal.MyDetails;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal.MyDetails;

public sealed class ContactDetailsController(IPatientRepository patients, ContactDetails contactDetails, MyDetailsPages pages)
    : MyDetailsControllerBase(patients, pages)
{
    [HttpPost("my-details/contact")]
    [RateLimited]
    public async Task<IActionResult> Change([FromForm] string? email, [FromForm] string? mobile, CancellationToken cancellationToken)
    {
        if (await SignedInPatientAsync(cancellationToken) is not { } patient)
        {
            return await SignInAgainAsync();
        }

        var result = await contactDetails.ChangeAsync(new ChangeContactDetailsCommand(patient.Id, email, mobile), cancellationToken);
        return result.Succeeded
            ? Saved(MyDetailsNotices.For(result.Value!), "contact-details")
            : RefusedPage(await PageForAsync(patient, cancellationToken) with { Contact = new ContactForm(email, mobile), Errors = result.Failure!.Errors });
    }
}
