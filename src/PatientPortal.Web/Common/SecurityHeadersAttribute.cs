using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace PatientPortal.Web.Common;

/// <summary>
/// Security headers for the public pages and both JSON APIs: a strict CSP (inline script and style only with
/// this response's nonce), no framing, no MIME sniffing, no referrer (links may carry tokens), and no caching (every
/// answer is about one person or one signed-in user). It runs for every result, refusals included (401, 415,
/// 429). HSTS is the host's to set.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SecurityHeadersAttribute : Attribute, IAlwaysRunResultFilter
{
    private const string NonceKey = "PatientPortal.CspNonce";
    private const string FormTargetKey = "PatientPortal.CspFormTarget";

    public static string Nonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceKey] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    /// <summary>
    /// Lets this response's forms end on another site: a form posted here whose answer redirects to a payment
    /// provider's page (browsers hold <c>form-action</c> to the redirect's target too).
    /// </summary>
    public static void AllowFormTarget(HttpContext context, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(origin);
        context.Items[FormTargetKey] = origin.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>
    /// The headers without the caching rule, for a host's own pages (the website's admin screens): inline script
    /// and style elements run only with <see cref="Nonce"/>, nothing may frame the page. Umbraco UI's elements
    /// write <c>style</c> attributes, so a page showing them must allow those (never inline script).
    /// </summary>
    public static void Apply(HttpContext context, bool allowStyleAttributes = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var nonce = Nonce(context);
        var headers = context.Response.Headers;
        var formTarget = context.Items[FormTargetKey] is string target ? $" {target}" : string.Empty;
        headers.ContentSecurityPolicy =
            $"default-src 'self'; style-src 'self' 'nonce-{nonce}'; {(allowStyleAttributes ? "style-src-attr 'unsafe-inline'; " : string.Empty)}" +
            $"script-src 'self' 'nonce-{nonce}'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'{formTarget}; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Apply(context.HttpContext);
        context.HttpContext.Response.Headers.CacheControl = "no-store";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
