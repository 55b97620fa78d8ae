using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Patients;

[Tags("Patients")]
public abstract class PatientControllerBase : ManagementApiControllerBase
{
    public const int MaximumPageSize = 500;
}
