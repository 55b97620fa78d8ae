using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.OpenApi;

/// <summary>
/// Writes on each operation the policies its endpoint's metadata asks for (the same <see cref="IAuthorizeData"/> the
/// host's authorization reads), as <c>x-authorization-policies</c>, as a sentence of its description, and as a security
/// requirement: the <c>BackOffice</c> scheme with the policies as its roles, or the <c>Patient</c> cookie.
/// </summary>
internal sealed class AuthorizationPoliciesTransformer : IOpenApiOperationTransformer
{
    public const string PoliciesExtension = "x-authorization-policies";

    public const string BackOfficeScheme = "BackOffice";

    public const string PatientScheme = "Patient";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var authorize = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().ToList();
        var policies = authorize.Select(data => data.Policy).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var patient = authorize.Any(data => data.AuthenticationSchemes?.Split(',').Contains(PatientAuthentication.Scheme) == true);

        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[PoliciesExtension] = new JsonNodeExtension(new JsonArray([.. policies.Select(policy => JsonValue.Create(policy))]));
        var who = policies.Count > 0 ? $"Authorization policies: {string.Join(", ", policies)}."
            : patient ? "A signed-in patient (the patient cookie)."
            : "Anonymous.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? who : $"{operation.Description}\n\n{who}";

        if (context.Document is { } document && (policies.Count > 0 || patient))
        {
            var scheme = policies.Count > 0 ? BackOfficeScheme : PatientScheme;
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes.TryAdd(BackOfficeScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The host's backoffice sign-in: Umbraco's backoffice bearer token, or another host's own (the demo website's admin cookie). "
                    + "The roles of a requirement are the authorization policies the operation asks for.",
            });
            document.Components.SecuritySchemes.TryAdd(PatientScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = PatientAuthentication.CookieName,
                Description = "A signed-in patient's session cookie.",
            });
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, document)] = policies }];
        }

        return Task.CompletedTask;
    }
}
