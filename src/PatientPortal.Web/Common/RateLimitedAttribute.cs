using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;

namespace PatientPortal.Web.Common;

/// <summary>Answers 429 with Retry-After once a client has used its permits: a page for forms, ProblemDetails for JSON.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class RateLimitedAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var limiter = context.HttpContext.RequestServices.GetRequiredService<PublicRateLimiter>();
        if (await limiter.TryAcquireAsync(context.HttpContext) is not { } retryAfter)
        {
            await next();
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        const string title = "Too many attempts. Please wait a little and try again.";
        context.Result = context.Controller is Controller controller
            ? new ViewResult
            {
                ViewName = PatientPortalViews.Message,
                ViewData = new ViewDataDictionary<MessagePage>(controller.ViewData, new MessagePage(title, $"For your security we limit how often this form can be sent. Try again in {Math.Max(1, seconds / 60)} minute(s).")),
                StatusCode = StatusCodes.Status429TooManyRequests,
            }
            : FailureResults.Refusal(StatusCodes.Status429TooManyRequests, title, $"Retry after {seconds} seconds.");
    }
}
