using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Common;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Portal.MyDetails;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Portal.MyDetails;

public sealed class ChangePasswordController(IPatientRepository patients, PasswordChange passwordChange, MyDetailsPages pages)
    : MyDetailsControllerBase(patients, pages)
{
    /// <summary>Every other session ends with the old password; this browser is signed in again with a new session.</summary>
    [HttpPost("my-details/password")]
    [RateLimited]
    public async Task<IActionResult> Change([FromForm] string? currentPassword, [FromForm] string? newPassword, CancellationToken cancellationToken)
    {
        if (await SignedInPatientAsync(cancellationToken) is not { } patient)
        {
            return await SignInAgainAsync();
        }

        var result = await passwordChange.ChangeAsync(new ChangePasswordCommand(patient.Id, currentPassword, newPassword), cancellationToken);
        if (result.Succeeded)
        {
            await PatientAuthentication.SignInNewSessionAsync(HttpContext, patient.Id);
            return Saved(MyDetailsNotices.Password, "password");
        }

        var page = await PageForAsync(patient, cancellationToken) with { Errors = result.Failure!.Errors, PasswordsCleared = true };
        return result.Failure.Status == OperationStatus.TooManyRequests
            ? TooOften(PatientPortalViews.MyDetails, page, result.Failure.RetryAfter)
            : RefusedPage(page);
    }
}
