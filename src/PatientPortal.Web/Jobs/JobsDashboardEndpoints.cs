using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Web.Jobs;

public static class JobsDashboardEndpoints
{
    /// <summary>
    /// Hangfire's dashboard over the package's job storage at <paramref name="pattern"/>, for staff with the Patient
    /// Portal section and the patient-data permission: job arguments carry patients' contact details (a password reset
    /// is queued with the address typed), which a template editor may not read. Without
    /// <paramref name="authenticationScheme"/> the host's <c>BackOfficeAccess</c> policy signs the user in (the
    /// website's admin cookie); an Umbraco site names its backoffice cookie, as a page opened in the browser carries no
    /// bearer token.
    /// </summary>
    /// <param name="appPath">Where the dashboard's "back to site" link goes.</param>
    public static IEndpointConventionBuilder MapPatientPortalJobsDashboard(this IEndpointRouteBuilder endpoints, string pattern, string? appPath = null, string? authenticationScheme = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var dashboard = endpoints.MapHangfireDashboard(
            pattern,
            new DashboardOptions
            {
                // The endpoint's policies decide who comes in; Hangfire's own default would let only local requests.
                Authorization = [],
                AsyncAuthorization = [],
                AppPath = appPath,
                DashboardTitle = "Patient Portal jobs",
                // A SQL Server storage would show its connection string, password and all.
                DisplayStorageConnectionString = false,
            },
            endpoints.ServiceProvider.GetRequiredService<JobStorage>());
        return authenticationScheme is null
            ? dashboard.RequireAuthorization(BackOfficePolicy.Name, PatientPortalPolicies.PatientData)
            : dashboard.RequireAuthorization(new AuthorizeAttribute(PatientPortalPolicies.PatientData) { AuthenticationSchemes = authenticationScheme });
    }
}
