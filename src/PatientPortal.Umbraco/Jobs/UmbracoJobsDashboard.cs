using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PatientPortal.Web.Jobs;
using Umbraco.Cms.Core;

namespace PatientPortal.Umbraco.Jobs;

public static class UmbracoJobsDashboard
{
    /// <summary>Under Umbraco's own path, so only the backoffice's cookie and routes are involved.</summary>
    public const string DefaultPattern = "/umbraco/patient-portal/jobs";

    /// <summary>
    /// Hangfire's dashboard over the package's jobs for backoffice users with the Patient Portal section and the
    /// patient-data permission, signed in with Umbraco's backoffice cookie
    /// (<see cref="Constants.Security.BackOfficeAuthenticationType"/>): a page opened in the browser carries the
    /// backoffice's cookie, not its bearer token. A site maps it in <c>WithEndpoints</c>:
    /// <c>u.EndpointRouteBuilder.MapPatientPortalJobsDashboardInBackOffice()</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapPatientPortalJobsDashboardInBackOffice(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern) =>
        endpoints.MapPatientPortalJobsDashboard(pattern, appPath: "/umbraco/section/patient-portal", authenticationScheme: Constants.Security.BackOfficeAuthenticationType);
}
