using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Dashboard;

/// <summary>The Patient Portal dashboard's reads, under <c>dashboard/</c>.</summary>
[Tags("Dashboard")]
public abstract class DashboardControllerBase : ManagementApiControllerBase;
