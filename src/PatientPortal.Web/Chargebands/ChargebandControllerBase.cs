using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Core.Chargebands;
using PatientPortal.Core.Common;
using PatientPortal.Core.Practice;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Chargebands;

[Authorize(Policy = PatientPortalPolicies.PatientData)]
[Tags("Chargebands")]
public abstract class ChargebandControllerBase(PracticeClock clock) : ManagementApiControllerBase
{
    protected IActionResult ToResponse(Result<Chargeband> result) =>
        result.Succeeded ? Ok(ChargebandResponse.From(result.Value!, clock.Today)) : this.ToProblem(result.Failure!);

    protected ChargebandResponse ToResponse(Chargeband chargeband) => ChargebandResponse.From(chargeband, clock.Today);
}
