using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PatientPortal.Core.Practice;

namespace PatientPortal.Web.Common;

/// <summary>
/// CSRF defence of the JSON APIs beside SameSite cookies. A state-changing call (POST, PUT, PATCH, DELETE) must
/// have a JSON body or carry <see cref="HeaderName"/>: an HTML form can send neither, and another origin can send
/// neither without a CORS preflight. With <c>sameOriginOnly</c>, a call whose Origin (or, without one,
/// Sec-Fetch-Site) names another site is refused outright, so a cross-site form, multipart or text/plain post
/// never reaches an action. A call with a bearer token (Umbraco's backoffice) passes: a browser never adds
/// one to a forged request.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CrossSiteWriteGuardAttribute(bool sameOriginOnly) : Attribute, IAuthorizationFilter
{
    /// <summary>The header the package's client sends with every call; any value will do.</summary>
    public const string HeaderName = "X-Requested-With";

    public bool SameOriginOnly { get; } = sameOriginOnly;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)
            || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (SameOriginOnly && IsCrossSite(context.HttpContext))
        {
            context.Result = Refuse("This call came from another site, so nothing was changed.");
        }
        else if (!IsJson(request.ContentType) && string.IsNullOrEmpty(request.Headers[HeaderName]))
        {
            context.Result = Refuse($"Send a JSON body or the {HeaderName} header with this call; nothing was changed.");
        }
    }

    private static bool IsCrossSite(HttpContext context)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var from))
            {
                return true; // "null" (sandboxed frames, some redirects) or anything unreadable.
            }

            var publicBaseUrl = context.RequestServices.GetService<IOptions<PracticeOptions>>()?.Value.PublicBaseUrl;
            return !(Uri.TryCreate($"{request.Scheme}://{request.Host}", UriKind.Absolute, out var self) && SameOrigin(from, self))
                && !(publicBaseUrl is not null && SameOrigin(from, publicBaseUrl));
        }

        // Browsers that send no Origin still say where a request came from; "none" is the user's own navigation.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site.Length > 0 && !site.Equals("same-origin", StringComparison.OrdinalIgnoreCase) && !site.Equals("none", StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameOrigin(Uri first, Uri second) =>
        string.Equals(first.Scheme, second.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(first.IdnHost, second.IdnHost, StringComparison.OrdinalIgnoreCase)
        && first.Port == second.Port;

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static ObjectResult Refuse(string detail) =>
        FailureResults.Refusal(StatusCodes.Status403Forbidden, "Refused: the call could have been forged by another site.", detail);
}
