using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Practice;
using PatientPortal.Infrastructure.Messaging.Sms;
using PatientPortal.Web.Common;

namespace PatientPortal.Web.Messaging;

/// <summary>
/// Lets a webhook through only with a valid Twilio signature over the URL we give Twilio for that route
/// (<c>Practice:PublicBaseUrl</c> and the action's route), not the one the request arrived on: proxies rewrite
/// hosts and schemes. Anything else is answered 403 before the action runs.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class TwilioSignedAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var route = context.ActionDescriptor.AttributeRouteInfo?.Template ?? string.Empty;
        var url = http.RequestServices.GetRequiredService<IPortalLinks>().Absolute(route).AbsoluteUri;
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : FormCollection.Empty;
        var fields = form.SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string>(field.Key, value ?? string.Empty)));
        var signed = http.RequestServices.GetRequiredService<TwilioWebhookSignature>().IsValid(
            url, fields, http.Request.Headers[TwilioWebhookSignature.SignatureHeader].ToString(), http.Request.Headers[TwilioWebhookSignature.SettingsHeader].ToString());
        if (!signed)
        {
            context.Result = FailureResults.Refusal(StatusCodes.Status403Forbidden, "This request is not signed by Twilio.");
            return;
        }

        await next();
    }
}
