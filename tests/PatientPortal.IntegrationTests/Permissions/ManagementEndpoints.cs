using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Web.Common;
using PatientPortal.Web.Permissions;

namespace PatientPortal.IntegrationTests.Permissions;

/// <summary>One management endpoint as the host routes it, with the policies its metadata asks for.</summary>
public sealed partial record ManagementEndpoint(string Method, string Route, IReadOnlyList<string> Policies, string ContentType)
{
    public string Name => $"{Method} /{Route}";

    /// <summary>The permission policy the endpoint names (patient data, templates or imports), or null when it names none.</summary>
    public string? PermissionPolicy => Policies.FirstOrDefault(PatientPortalPolicies.PermissionOf.ContainsKey);

    /// <summary>
    /// Every endpoint under the management API route, read from the host's endpoint data source, so an endpoint
    /// added later is in the list without anyone writing it down.
    /// </summary>
    public static IReadOnlyList<ManagementEndpoint> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.TrimStart('/').StartsWith(PatientPortalRoutes.ManagementApi, StringComparison.OrdinalIgnoreCase) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new ManagementEndpoint(
                method,
                endpoint.RoutePattern.RawText!.TrimStart('/'),
                endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(data => data.Policy).OfType<string>().ToList(),
                endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is [var first, ..] ? first : "application/json")))
            .OrderBy(endpoint => endpoint.Route, StringComparer.Ordinal).ThenBy(endpoint => endpoint.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A request that reaches the endpoint's action: each route value filled with one of its kind, and for a write a
    /// body of the first type it accepts (an action that takes CSV matches no JSON request at all).
    /// </summary>
    public HttpRequestMessage Request() => new(new HttpMethod(Method), "/" + RouteValue().Replace(Route, match => Value(match.Groups["name"].Value)))
    {
        Content = Method is "POST" or "PUT" or "PATCH" ? new StringContent(ContentType == "application/json" ? "{}" : "id\n1\n", Encoding.UTF8, ContentType) : null,
    };

    private static string Value(string parameter) => parameter switch
    {
        "id" => Guid.NewGuid().ToString(),
        "purpose" => "PortalInvitation",
        "channel" => "Email",
        "version" => "1",
        _ => throw new InvalidOperationException($"No test value for the route parameter '{parameter}': add one to {nameof(ManagementEndpoint)}.{nameof(Value)}."),
    };

    [GeneratedRegex(@"\{(?<name>\w+)(:[^}]*)?\}")]
    private static partial Regex RouteValue();
}
