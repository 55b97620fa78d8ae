using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Patients;

[Authorize(Policy = PatientPortalPolicies.PatientData)]
[Tags("Patients")]
public abstract class PatientControllerBase : ManagementApiControllerBase
{
    public const int MaximumPageSize = 500;
}
