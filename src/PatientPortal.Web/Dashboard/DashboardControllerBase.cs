using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Dashboard;

/// <summary>The Patient Portal dashboard's reads, under <c>dashboard/</c>.</summary>
[Authorize(Policy = PatientPortalPolicies.PatientData)]
[Tags("Dashboard")]
public abstract class DashboardControllerBase : ManagementApiControllerBase;
