using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.OpenApi;

/// <summary>
/// The package's own OpenAPI document: every management and public API operation, each with the authorization
/// policies it asks for. Registered by <c>AddPatientPortal</c> and served by <see cref="OpenApiDocumentController"/>, so
/// any host (Umbraco or not) has it without mapping anything.
/// </summary>
public static class PatientPortalOpenApi
{
    public const string DocumentName = "patient-portal";

    /// <summary>Beside Umbraco's management API, outside the package's own prefix (whose every endpoint names a permission).</summary>
    public const string DocumentPath = "umbraco/management/api/openapi/patient-portal.json";

    internal static void AddTo(IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            options.ShouldInclude = IsPackageApi;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Patient Portal";
                document.Info.Description = "The Patient Portal package's management API (backoffice staff) and public JSON API (patients and "
                    + "headless front ends). Each operation lists the authorization policies it asks for under x-authorization-policies; "
                    + "on a management operation they are also the roles of its BackOffice security requirement.";
                return Task.CompletedTask;
            });
            options.AddOperationTransformer<AuthorizationPoliciesTransformer>();
        });

    private static bool IsPackageApi(ApiDescription description) =>
        description.RelativePath is { } path
        && (path.StartsWith(PatientPortalRoutes.ManagementApi + "/", StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(PatientPortalRoutes.PublicApi + "/", StringComparison.OrdinalIgnoreCase));
}
